import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { EN_PANEL, withEnglish } from '../../i18n/en-later.js';
import { en, format, type Messages } from '../../i18n/messages.js';
import { formatEventDate } from '../../model/format.js';
import { segmentTranscript, unmatchedQuotes } from '../../model/mentions.js';
import { highlight } from '../../model/highlight.js';
import type { Problem, Source, TimelineEvent } from '../../model/types.js';
import { SelectRequestEvent, TimelineErrorEvent } from '../events.js';
import { loadErrorReason } from '../shared/load-json.js';
import { sourcePanelStyles } from './source-panel.styles.js';
import { TranscriptCache } from './transcript-cache.js';
import { FirstUseController, onFirstUse } from '../shared/first-use.js';
import { thumbnail } from '../shared/thumbnail.js';

/** The media's elements and large view: a chunk loaded when the first panel with media opens. */
const MEDIA = onFirstUse(() => import('../media/media.define.js'));

/**
 * The source panel: what an event is, where it comes from, and its transcript, whose
 * phrases that name other events are links that select them.
 */
export class SourcePanel extends LitElement {
  static override styles = sourcePanelStyles;

  @property({ attribute: false }) event: TimelineEvent | null = null;
  /** All events by id, to name the targets of links. */
  @property({ attribute: false }) events: ReadonlyMap<string, TimelineEvent> = new Map();
  /** Ids of the events this one refers to, and of those that refer to it. */
  @property({ attribute: false }) refersTo: readonly string[] = [];
  @property({ attribute: false }) referredToBy: readonly string[] = [];
  /** Neighbours in time order within the current filter. */
  @property({ attribute: false }) previous: TimelineEvent | undefined;
  @property({ attribute: false }) next: TimelineEvent | undefined;
  /** The address of a link to this event (the page with `#event=<id>`). */
  @property({ attribute: false }) shareUrl = '';
  /** Search words to highlight in the transcript. */
  @property({ attribute: false }) words: readonly string[] = [];
  /** The URL transcript paths resolve against: the dataset's address. */
  @property({ attribute: false }) baseUrl = '';
  @property({ attribute: false }) cache = new TranscriptCache();
  @property({ attribute: false }) locale = 'en-US';
  @property({ attribute: false }) strings: Messages = en;
  /** `strings`, with the panel's English where they lack a text: it comes with this chunk, not the first paint. */
  private get texts() {
    return withEnglish(EN_PANEL, this.strings);
  }
  /** The language of the data's texts (title, summary, places, names, citation, transcript); '' when unknown. */
  @property({ attribute: false }) contentLang = '';
  /** Called with each transcript once loaded (search looks in loaded transcripts). */
  @property({ attribute: false }) onTranscript: (event: TimelineEvent, text: string) => void = () => {};

  @state() private copied = false;
  private readonly firstUse = new FirstUseController(this);

  private readonly transcriptTask = new Task(this, {
    task: async ([event, baseUrl], { signal }) => {
      const ref = event?.source?.transcript;
      if (!event || ref === undefined) return undefined;
      const text = typeof ref === 'string' ? await this.cache.get(new URL(ref, baseUrl || document.baseURI).href, signal) : ref.text;
      this.onTranscript(event, text);
      return text;
    },
    args: () => [this.event, this.baseUrl] as const,
    onError: (error) => {
      const event = this.event;
      if (!event || (error as Error)?.name === 'AbortError') return;
      const message = `event "${event.id}": ${format(EN_PANEL.transcriptFailed, { reason: loadErrorReason(error, en) })}`;
      this.report([{ id: event.id, field: 'source.transcript', message }]);
    },
  });

  /** After Retry, focus goes back to Retry if it fails again, or to the transcript if it loads. */
  private refocusAfterRetry = false;

  /** Moves focus to the panel's heading, so a reader who opened it lands in it. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event')) this.copied = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('event')) this.renderRoot.querySelector('.panel-body')?.scrollTo?.(0, 0);
    if (this.refocusAfterRetry && this.transcriptTask.status >= TaskStatus.COMPLETE) {
      this.refocusAfterRetry = false;
      this.renderRoot.querySelector<HTMLElement>('.retry, [part~="transcript"]')?.focus();
    }
  }

  private retry = (): void => {
    this.refocusAfterRetry = true;
    void this.transcriptTask.run();
  };

  protected override render() {
    const event = this.event;
    if (!event) return nothing;
    const t = this.texts;
    const date = formatEventDate(event, this.locale, t.dateWords);
    const lang = this.contentLang;
    return html`
      <section part="panel" class="panel kind-${event.kind}" aria-labelledby="panel-title">
        <header>
          ${thumbnail(event, this.baseUrl, 56)}
          <p class="kind">${t.kinds[event.kind]}</p>
          <h3 id="panel-title" tabindex="-1" lang=${lang} dir="auto">${event.title}</h3>
          <button type="button" class="close" aria-label=${t.closePanel} title=${t.close} @click=${() => this.request(null)}>×</button>
        </header>
        <div class="panel-body">
          <dl>
            <dt>${t.date}</dt>
            <dd>${date.text}</dd>
            ${event.place ? html`<dt>${t.place}</dt><dd lang=${lang} dir="auto">${event.place}</dd>` : nothing}
            ${event.participants?.length ? html`<dt>${t.participants}</dt><dd lang=${lang} dir="auto">${event.participants.join(', ')}</dd>` : nothing}
            ${event.parties?.length ? html`<dt>${t.parties}</dt><dd lang=${lang} dir="auto">${event.parties.join(', ')}</dd>` : nothing}
          </dl>
          ${event.summary ? html`<p class="summary" lang=${lang} dir="auto">${event.summary}</p>` : nothing}
          ${this.renderMedia(event)}
          ${this.renderLinks(t.refersTo, this.refersTo)} ${this.renderLinks(t.referredToBy, this.referredToBy)}
          ${this.renderSource(event)} ${this.renderTranscript(event)}
        </div>
        <nav class="steps" aria-label=${t.stepThrough}>
          ${this.renderStep('previous', this.previous)}
          <button type="button" class="copy" @click=${this.copyLink}>${t.copyLink}</button>
          ${this.renderStep('next', this.next)}
        </nav>
        <p class="visually-hidden" role="status">${this.copied ? t.linkCopied : ''}</p>
      </section>
    `;
  }


  private renderMedia(event: TimelineEvent) {
    if (!event.media?.length) return nothing;
    const module = this.firstUse.arrived(MEDIA);
    if (!module) return nothing;
    // The attribute is <archive-timeline>'s, read when the panel draws: no third-party player without it.
    const host = (this.getRootNode() as ShadowRoot).host;
    return html`<archive-media-gallery
      exportparts="media, media-viewer"
      .items=${event.media}
      .eventTitle=${event.title}
      .baseUrl=${this.baseUrl}
      .locale=${this.locale}
      .contentLang=${this.contentLang}
      .strings=${this.strings}
      .cache=${this.cache}
      .embeds=${module.embedHosts(host?.getAttribute('embeds'))}
    ></archive-media-gallery>`;
  }

  /** Resolves once drawn with the media's chunk there, when the event has media. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (await this.firstUse.settled()) complete = await super.getUpdateComplete();
    return complete;
  }

  private renderStep(direction: 'previous' | 'next', target: TimelineEvent | undefined) {
    const label = this.texts[direction];
    return html`<button
      type="button"
      class=${direction}
      ?disabled=${!target}
      aria-label=${target ? `${label}: ${target.title}` : label}
      @click=${() => target && this.request(target.id)}
    >${label}</button>`;
  }

  private renderLinks(heading: string, ids: readonly string[]) {
    const targets = ids.map((id) => this.events.get(id)).filter((target) => target !== undefined);
    if (!targets.length) return nothing;
    return html`<div class="links">
      <h4>${heading}</h4>
      <ul>${targets.map((target) => html`<li>
        <a href="#event=${target.id}" data-event-id=${target.id} lang=${this.contentLang} dir="auto" @click=${(click: Event) => this.follow(click, target.id)}
          >${target.title}</a> <span class="link-date">${formatEventDate(target, this.locale, this.texts.dateWords).text}</span>
      </li>`)}</ul>
    </div>`;
  }

  private renderSource(event: TimelineEvent) {
    const source = event.source;
    if (!source) return nothing;
    return html`<div class="source">
      <h4>${this.texts.source}</h4>
      <p class="citation" lang=${source.citation === undefined ? this.documentLang(source) : this.contentLang} dir="auto">${source.citation ?? source.title}</p>
      ${source.rights ? html`<p class="rights">${this.texts.rights}: ${source.rights}</p>` : nothing}
      ${source.url ? this.renderOriginalLink(source.url) : nothing}
    </div>`;
  }

  private renderOriginalLink(url: string) {
    return html`<p><a class="original" href=${url} target="_blank" rel="noopener noreferrer">${this.texts.viewOriginal}
      <span class="host">(${new URL(url).host})</span></a></p>`;
  }

  private renderTranscript(event: TimelineEvent) {
    if (event.source?.transcript === undefined) return nothing;
    const t = this.texts;
    return html`<div class="transcript-block">
      <h4>${t.transcript}</h4>
      ${this.transcriptTask.render({
        pending: () => html`<p class="status" role="status">${t.transcriptLoading}</p>`,
        complete: (text) => (text === undefined ? nothing : this.renderTranscriptText(event, text)),
        error: (error) => html`<div class="status error" role="alert">
          <p>${format(t.transcriptFailed, { reason: loadErrorReason(error, t) })}</p>
          <button type="button" class="retry" @click=${this.retry}>${t.retry}</button>
          ${event.source?.url ? this.renderOriginalLink(event.source.url) : nothing}
        </div>`,
      })}
    </div>`;
  }

  private renderTranscriptText(event: TimelineEvent, text: string) {
    const { segments, unmatched } = segmentTranscript(text, event.mentions);
    if (unmatched.length) {
      queueMicrotask(() => this.report(unmatchedQuotes(event.id, unmatched)));
    }
    return html`
      ${unmatched.length ? html`<p class="status warning">${format(this.texts.unmatchedMentions, { count: unmatched.length }, this.locale)}</p>` : nothing}
      <div part="transcript" class="transcript" role="region" aria-label=${this.texts.transcript} tabindex="0" lang=${this.documentLang(event.source)} dir="auto">${segments.map((segment) =>
        'event' in segment
          ? html`<a
              part="mention"
              href="#event=${segment.event}"
              data-event-id=${segment.event}
              title=${this.events.get(segment.event)?.title ?? ''}
              @click=${(click: Event) => this.follow(click, segment.event)}
            >${this.marked(segment.text)}</a>`
          : this.marked(segment.text),
      )}</div>
    `;
  }

  /** A document's language: its own `lang`, else the data's. */
  private documentLang(source: Source | undefined): string {
    return source?.lang ?? this.contentLang;
  }

  private marked(text: string) {
    if (!this.words.length) return text;
    return highlight(text, this.words).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text));
  }

  private follow(click: Event, id: string): void {
    click.preventDefault();
    this.request(id);
  }

  /**
   * A transcript that failed to load, or quotes it lacks: in English in the console and, as
   * timeline-error, on <archive-timeline> (the event is composed: it leaves the shadow root).
   */
  private report(problems: Problem[]): void {
    for (const problem of problems) console.warn(`<archive-timeline>: ${problem.message}`);
    this.dispatchEvent(new TimelineErrorEvent(problems));
  }

  private request(id: string | null): void {
    this.dispatchEvent(new SelectRequestEvent(id));
  }

  private async copyLink(): Promise<void> {
    const url = new URL(this.shareUrl, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = true;
    } catch {
      // No clipboard (permissions, insecure page): let the reader copy it by hand.
      window.prompt(this.texts.copyLink, url);
    }
  }
}
