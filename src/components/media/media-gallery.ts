import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { format } from '../../i18n/messages.js';
import { isMediaAddress } from '../../model/media/check.js';
import type { MediaItem } from '../../model/types.js';
import { mediaUrl } from '../shared/media-url.js';
import { themeStyles } from '../shared/theme.styles.js';
import { embedAddress, type EmbedHost } from './embeds.js';
import { mediaTexts } from './media-texts.js';
import type { MediaViewer, ViewedImage } from './media-viewer.js';

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

  /** Pictures that could not be loaded, by address: their figure keeps the alt text and the link. */
  @state() private failed = new Set<string>();

  @query('archive-media-viewer') private viewer!: MediaViewer;

  protected override render() {
    // Checked with the data already; checked again here, the last step before an address is used.
    const items = this.items.filter((item) => isMediaAddress(item.url, location.origin));
    const images = items.filter((item) => item.type === 'image');
    const viewed: ViewedImage[] = images.map((item) => ({ src: mediaUrl(item.url, this.baseUrl), alt: altOf(item, this.eventTitle, this.locale) }));
    return html`${items.map((item) => this.renderItem(item, images.indexOf(item)))}
      ${images.length ? html`<archive-media-viewer exportparts="media-viewer" .images=${viewed} .locale=${this.locale}></archive-media-viewer>` : nothing}`;
  }

  private renderItem(item: MediaItem, imageIndex: number) {
    const src = mediaUrl(item.url, this.baseUrl);
    const body =
      item.type === 'image' ? this.renderImage(item, src, imageIndex)
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
