import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { en, format, type Messages } from '../../i18n/messages.js';
import { isMediaAddress } from '../../model/media/check.js';
import type { MediaItem } from '../../model/types.js';
import { loadErrorReason } from '../shared/load-json.js';
import { mediaUrl } from '../shared/media-url.js';
import { TranscriptCache } from '../source-panel/transcript-cache.js';
import { themeStyles } from '../shared/theme.styles.js';
import { embedAddress, type EmbedHost } from './embeds.js';
import { NotManifestError, readManifest, type Manifest } from './iiif-manifest.js';
import { infoAddress, NotIiifError, readInfo, sizeAddress, sizeFor, srcsetOf, thumbnailSizes, type IiifImage } from './iiif-image.js';
import { mediaTexts } from './media-texts.js';
import type { MediaViewer, ViewedImage } from './media-viewer.js';

/** Marks a manifest's address among the addresses the IIIF task fetches. */
const MANIFEST = 'manifest ';

/** The text alternative of an image: its alt, else its caption, else "Image: " and the event's title. */
export const altOf = (item: MediaItem, title: string, locale: string): string =>
  item.alt ?? item.caption ?? format(mediaTexts(locale).imageOf, { title });

/**
 * An event's media in the source panel, each a `<figure part="media">` with its caption and credit:
 * pictures (lazy, their box reserved, opened large with a click, Enter or Space), recordings with
 * native controls that load nothing until played, and link cards (players of the hosts `embeds`
 * allows instead, when allowed).
 */
export class MediaGallery extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host { display: block; }
      figure { margin: 0.75em 0; }
      .open { display: block; width: 100%; padding: 0; border: 1px solid var(--_rule); border-radius: 4px; background: var(--_band); cursor: zoom-in; }
      .open:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
      /* The box is there before the picture: nothing below it moves when it arrives. */
      .open img { display: block; width: 100%; height: auto; aspect-ratio: 3 / 2; object-fit: contain; }
      .failed { padding: 0.75em; border: 1px dashed var(--_rule); border-radius: 4px; font-size: 0.9em; }
      .failed p { margin: 0 0 0.35em; }
      .failed .retry { margin-inline-end: 0.75em; }
      .pages { display: flex; gap: 0.5em; overflow-x: auto; margin: 0.4em 0; padding: 0 0 0.3em; list-style: none; }
      .page { display: flex; flex-direction: column; align-items: center; gap: 0.2em; padding: 0.2em; border: 1px solid var(--_rule); border-radius: 4px; background: var(--_band); color: inherit; font: inherit; font-size: 0.8em; cursor: zoom-in; }
      .page img { display: block; width: 96px; height: 128px; object-fit: contain; }
      .page:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
      .manifest-label { margin: 0; font-weight: 600; }
      .attribution, .manifest .rights { margin: 0.2em 0; font-size: 0.88em; color: var(--_muted); }
      .pending { display: grid; place-items: center; aspect-ratio: 3 / 2; border: 1px solid var(--_rule); border-radius: 4px; background: var(--_band); color: var(--_muted); }
      audio, video, iframe { display: block; width: 100%; }
      video, iframe { aspect-ratio: 16 / 9; height: auto; border: 0; background: var(--_band); }
      figcaption { margin-top: 0.3em; font-size: 0.88em; line-height: 1.4; }
      .credit, .rights { color: var(--_muted); }
      .card { display: block; padding: 0.6em 0.75em; border: 1px solid var(--_rule); border-radius: 4px; color: var(--_focus); text-decoration: none; }
      .card:hover .card-title, .card:focus-visible .card-title { text-decoration: underline; }
      .card-title { display: block; font-weight: 600; overflow-wrap: anywhere; }
      .host { color: var(--_muted); font-size: 0.85em; }
      a { color: var(--_focus); }
      @media print { .open { border: 0; } audio, video, iframe { display: none; } }
    `,
  ];

  @property({ attribute: false }) items: readonly MediaItem[] = [];
  /** The event's title, for the text alternative of an image without alt or caption. */
  @property({ attribute: false }) eventTitle = '';
  @property({ attribute: false }) baseUrl = '';
  @property({ attribute: false }) locale = 'en-US';
  @property({ attribute: false }) contentLang = '';
  /** The hosts whose players may be shown instead of a link card (the `embeds` attribute): none by default. */
  @property({ attribute: false }) embeds: readonly EmbedHost[] = [];

  /** The element's texts, for why a IIIF document could not be loaded. */
  @property({ attribute: false }) strings: Messages = en;
  /** Where IIIF documents are fetched (the panel's, with the element's timeout); reopening does not refetch. */
  @property({ attribute: false }) cache = new TranscriptCache();

  /**
   * The info.json of each IIIF image service shown, fetched when the gallery shows it (with the
   * cache's timeout; a newer run, when the items change, abandons the wait), each settled on its own.
   */
  private readonly iiifTask = new Task(this, {
    task: async ([addresses, cache], { signal }) => {
      const wanted = addresses ? addresses.split('\n') : [];
      const settled = await Promise.allSettled(wanted.map(async (address) => {
        const manifest = address.startsWith(MANIFEST);
        const body = await cache.get(manifest ? address.slice(MANIFEST.length) : address, signal);
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          throw manifest ? new NotManifestError('not JSON') : new NotIiifError('not JSON');
        }
        return manifest ? readManifest(json, this.locale) : readInfo(json);
      }));
      signal.throwIfAborted();
      return new Map(wanted.map((address, i) => [address, settled[i]]));
    },
    args: () => [this.iiifAddresses(), this.cache] as const,
  });

  /** Pictures that could not be loaded, by address: their figure keeps the alt text and the link. */
  @state() private failed = new Set<string>();

  @query('archive-media-viewer') private viewer!: MediaViewer;

  /** The items an address may be used for: checked with the data already, checked again here, the last step. */
  private usable(): MediaItem[] {
    return this.items.filter((item) => isMediaAddress(item.url, location.origin));
  }

  /** What the task fetches for an item: a service's info.json, or a manifest (marked so). */
  private iiifAddress(item: MediaItem): string | undefined {
    const src = mediaUrl(item.url, this.baseUrl);
    return item.type === 'iiif-image' ? infoAddress(src) : item.type === 'iiif-manifest' ? MANIFEST + src : undefined;
  }

  private iiifAddresses(): string {
    return this.usable().map((item) => this.iiifAddress(item)).filter(Boolean).join('\n');
  }

  /** A IIIF document once read; its failure (thrown) once it failed; undefined while loading. */
  private iiifDocument(item: MediaItem): IiifImage | Manifest | undefined {
    const result = this.iiifTask.value?.get(this.iiifAddress(item) ?? '');
    if (result?.status === 'rejected') throw result.reason;
    return result?.value;
  }

  private iiifImage(item: MediaItem): IiifImage | undefined {
    return this.iiifDocument(item) as IiifImage | undefined;
  }

  /** The pictures an item gives the large view: one, a manifest's pages, or none yet. */
  private viewedImages(item: MediaItem): ViewedImage[] {
    const alt = altOf(item, this.eventTitle, this.locale);
    if (item.type === 'image') return [{ src: mediaUrl(item.url, this.baseUrl), alt }];
    try {
      if (item.type === 'iiif-image') {
        const image = this.iiifImage(item);
        return image ? [{ src: sizeAddress(image, sizeFor(image, 1400)), srcset: srcsetOf(image), alt }] : [];
      }
      if (item.type === 'iiif-manifest') {
        const manifest = this.iiifDocument(item) as Manifest | undefined;
        return manifest?.pages.map((page) => ({ src: page.image, alt: `${manifest.label}: ${page.label}` })) ?? [];
      }
    } catch {
      // Said in the item's figure.
    }
    return [];
  }

  protected override render() {
    const items = this.usable();
    const shown = items.map((item) => this.viewedImages(item));
    const viewed = shown.flat();
    const firsts = shown.map((images) => (images.length ? viewed.indexOf(images[0]) : -1));
    return html`${items.map((item, i) => this.renderItem(item, firsts[i]))}
      ${viewed.length ? html`<archive-media-viewer exportparts="media-viewer" .images=${viewed} .locale=${this.locale}></archive-media-viewer>` : nothing}`;
  }

  private renderItem(item: MediaItem, imageIndex: number) {
    const src = mediaUrl(item.url, this.baseUrl);
    const body =
      item.type === 'image' ? this.renderImage(item, src, imageIndex)
      : item.type === 'iiif-image' ? this.renderIiifImage(item, src, imageIndex)
      : item.type === 'iiif-manifest' ? this.renderManifest(item, src, imageIndex)
      : item.type === 'audio' ? html`<audio controls preload="none" src=${src}></audio>`
      : item.type === 'video' ? html`<video controls preload="none" src=${src}></video>`
      : this.renderLink(item, src);
    return html`<figure part="media" class="media-${item.type}">${body}${this.renderCaption(item)}</figure>`;
  }

  private renderImage(item: MediaItem, src: string, index: number) {
    const t = mediaTexts(this.locale);
    const alt = altOf(item, this.eventTitle, this.locale);
    if (this.failed.has(src)) {
      return html`<div class="failed" role="img" aria-label=${alt}>
        <p lang=${item.alt || item.caption ? this.contentLang : nothing}>${alt}</p>
        <p class="host">${t.imageFailed}</p>
        <a href=${item.link ?? src} target="_blank" rel="noopener noreferrer">${t.openLink}</a>
      </div>`;
    }
    return html`<button type="button" class="open" aria-label=${format(t.enlarge, { alt })}
      @click=${(click: Event) => void this.viewer.show(index, click.currentTarget as HTMLElement)}>
      <img src=${src} alt=${alt} loading="lazy" decoding="async" width="600" height="400" @error=${() => this.markFailed(src)}>
    </button>`;
  }

  /** A IIIF image service: asked for at the sizes shown (its srcset), never the original for the thumbnail. */
  private renderIiifImage(item: MediaItem, src: string, index: number) {
    const t = mediaTexts(this.locale);
    const alt = altOf(item, this.eventTitle, this.locale);
    let image: IiifImage | undefined;
    try {
      image = this.iiifImage(item);
    } catch (error) {
      return this.renderIiifFailed(item, src, alt, error);
    }
    if (!image) return html`<div class="pending" role="status">${t.iiifLoading}</div>`;
    const address = sizeAddress(image, sizeFor(image, 600));
    if (this.failed.has(address)) return this.renderImage(item, address, index);
    const sizes = thumbnailSizes(image);
    return html`<button type="button" class="open" aria-label=${format(t.enlarge, { alt })}
      @click=${(click: Event) => void this.viewer.show(index, click.currentTarget as HTMLElement)}>
      <img src=${sizeAddress(image, sizeFor({ ...image, sizes }, 600))} srcset=${srcsetOf(image, sizes)} sizes="(max-width: 40rem) 100vw, 30rem"
        alt=${alt} loading="lazy" decoding="async" width="600" height="400" @error=${() => this.markFailed(address)}>
    </button>`;
  }

  /** Why a IIIF document could not be read, with Retry and the link to the original. */
  private renderIiifFailed(item: MediaItem, src: string, text: string, error: unknown) {
    const t = mediaTexts(this.locale);
    const reason = error instanceof NotIiifError ? t.notIiifImage : error instanceof NotManifestError ? t.notManifest : loadErrorReason(error, this.strings);
    return html`<div class="failed" role="alert">
      <p lang=${item.alt || item.caption ? this.contentLang : nothing}>${text}</p>
      <p class="host">${format(item.type === 'iiif-manifest' ? t.manifestFailed : t.iiifFailed, { reason })}</p>
      <button type="button" class="retry" @click=${() => void this.iiifTask.run()}>${this.strings.retry}</button>
      <a href=${item.link ?? src} target="_blank" rel="noopener noreferrer">${t.openLink}</a>
    </div>`;
  }

  /** A manifest: its label, a strip of its pages (each named by its canvas's label), its attribution and rights. */
  private renderManifest(item: MediaItem, src: string, first: number) {
    const t = mediaTexts(this.locale);
    let manifest: Manifest | undefined;
    try {
      manifest = this.iiifDocument(item) as Manifest | undefined;
    } catch (error) {
      return this.renderIiifFailed(item, src, item.caption ?? src, error);
    }
    if (!manifest) return html`<div class="pending" role="status">${t.manifestLoading}</div>`;
    const { label, attribution, rights, pages } = manifest;
    return html`<div class="manifest">
      ${label ? html`<p class="manifest-label" lang=${this.contentLang || nothing} dir="auto">${label}</p>` : nothing}
      <ul class="pages" aria-label=${format(t.pagesOf, { label: label || (item.caption ?? '') })}>${pages.map((page, i) => html`<li>
        <button type="button" class="page" aria-label=${format(t.openPage, { label: page.label })}
          @click=${(click: Event) => void this.viewer.show(first + i, click.currentTarget as HTMLElement)}>
          <img src=${page.thumbnail} alt="" loading="lazy" decoding="async" width="96" height="128">
          <span class="page-label" dir="auto">${page.label}</span>
        </button>
      </li>`)}</ul>
      ${attribution ? html`<p class="attribution" dir="auto">${attribution.label ? `${attribution.label}: ` : ''}${attribution.value}</p>` : nothing}
      ${rights ? html`<p class="rights">${t.rights}: ${/^https:/.test(rights) ? html`<a href=${rights} target="_blank" rel="noopener noreferrer">${rights}</a>` : rights}</p>` : nothing}
    </div>`;
  }

  private renderLink(item: MediaItem, src: string) {
    const player = embedAddress(src, this.embeds);
    const title = item.caption ?? new URL(src).host;
    if (player) {
      return html`<iframe src=${player} title=${title} loading="lazy" allow="fullscreen; picture-in-picture"
        referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe>`;
    }
    return html`<a class="card" href=${src} target="_blank" rel="noopener noreferrer">
      <span class="card-title" lang=${item.caption ? this.contentLang : nothing} dir="auto">${title}</span>
      <span class="host">${new URL(src).host}</span>
    </a>`;
  }

  private renderCaption(item: MediaItem) {
    if (!item.caption && !item.credit && !item.rights && !item.link) return nothing;
    const t = mediaTexts(this.locale);
    // A link card's caption is its title already.
    const caption = item.type === 'link' ? undefined : item.caption;
    if (!caption && !item.credit && !item.rights && (!item.link || item.type === 'image')) return nothing;
    return html`<figcaption lang=${this.contentLang} dir="auto">
      ${caption ? html`<span class="caption">${caption}</span>` : nothing}
      ${item.credit ? html` <span class="credit">${t.credit}: ${item.credit}</span>` : nothing}
      ${item.rights ? html` <span class="rights">${item.rights}</span>` : nothing}
      ${item.link ? html` <a class="original" href=${item.link} target="_blank" rel="noopener noreferrer">${t.openLink}</a>` : nothing}
    </figcaption>`;
  }

  private markFailed(src: string): void {
    this.failed = new Set([...this.failed, src]);
  }
}
