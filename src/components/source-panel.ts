import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { messages } from '../i18n/messages.js';
import { formatEventDate } from '../model/format.js';
import { segmentTranscript } from '../model/mentions.js';
import type { Mention, TimelineEvent } from '../model/types.js';
import { SelectRequestEvent } from './events.js';
import { sourcePanelStyles } from './source-panel.styles.js';
import { TranscriptCache } from './transcript-cache.js';

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
  /** The URL transcript paths resolve against: the dataset's address. */
  @property({ attribute: false }) baseUrl = '';
  @property({ attribute: false }) cache = new TranscriptCache();
  @property({ attribute: false }) locale = 'en-US';
  /** Called with mentions whose quote is not in the loaded transcript. */
  @property({ attribute: false }) onUnmatched: (event: TimelineEvent, mentions: Mention[]) => void = () => {};

  private readonly transcriptTask = new Task(this, {
    task: async ([ref, baseUrl], { signal }) => {
      if (ref === undefined) return undefined;
      if (typeof ref !== 'string') return ref.text;
      return this.cache.get(new URL(ref, baseUrl || document.baseURI).href, signal);
    },
    args: () => [this.event?.source?.transcript, this.baseUrl] as const,
  });

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('event')) this.renderRoot.querySelector<HTMLElement>('.panel-body')?.scrollTo?.(0, 0);
  }

  protected override render() {
    const event = this.event;
    if (!event) return nothing;
    const date = formatEventDate(event, this.locale);
    return html`
      <section part="panel" class="panel kind-${event.kind}" aria-labelledby="panel-title">
        <header>
          <p class="kind">${messages.kinds[event.kind]}</p>
          <h3 id="panel-title">${event.title}</h3>
          <button type="button" class="close" aria-label=${messages.closePanel} title=${messages.close} @click=${this.close}>×</button>
        </header>
        <div class="panel-body">
          <dl>
            <dt>${messages.date}</dt>
            <dd>${date.text}</dd>
            ${event.place ? html`<dt>${messages.place}</dt><dd>${event.place}</dd>` : nothing}
            ${event.participants?.length ? html`<dt>${messages.participants}</dt><dd>${event.participants.join(', ')}</dd>` : nothing}
            ${event.parties?.length ? html`<dt>${messages.parties}</dt><dd>${event.parties.join(', ')}</dd>` : nothing}
          </dl>
          ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
          ${this.renderLinks(messages.refersTo, this.refersTo)} ${this.renderLinks(messages.referredToBy, this.referredToBy)}
          ${this.renderSource(event)} ${this.renderTranscript(event)}
        </div>
      </section>
    `;
  }

  private renderLinks(heading: string, ids: readonly string[]) {
    const targets = ids.map((id) => this.events.get(id)).filter((target) => target !== undefined);
    if (!targets.length) return nothing;
    return html`<div class="links">
      <h4>${heading}</h4>
      <ul>${targets.map((target) => html`<li>
        <a href="#event=${target.id}" data-event-id=${target.id} @click=${(click: Event) => this.follow(click, target.id)}
          >${target.title}</a> <span class="link-date">${formatEventDate(target, this.locale).text}</span>
      </li>`)}</ul>
    </div>`;
  }

  private renderSource(event: TimelineEvent) {
    const source = event.source;
    if (!source) return nothing;
    return html`<div class="source">
      <h4>${messages.source}</h4>
      <p class="citation">${source.citation ?? source.title}</p>
      ${source.rights ? html`<p class="rights">${messages.rights}: ${source.rights}</p>` : nothing}
      ${source.url ? this.renderOriginalLink(source.url) : nothing}
    </div>`;
  }

  private renderOriginalLink(url: string) {
    return html`<p><a class="original" href=${url} target="_blank" rel="noopener noreferrer">${messages.viewOriginal}
      <span class="host">(${new URL(url).host})</span></a></p>`;
  }

  private renderTranscript(event: TimelineEvent) {
    if (event.source?.transcript === undefined) return nothing;
    return html`<div class="transcript-block">
      <h4>${messages.transcript}</h4>
      ${this.transcriptTask.render({
        pending: () => html`<p class="status" role="status">${messages.transcriptLoading}</p>`,
        complete: (text) => (text === undefined ? nothing : this.renderTranscriptText(event, text)),
        error: (error) => html`<p class="status error" role="alert">
          ${messages.transcriptFailed(error instanceof Error ? error.message : String(error))}
          ${event.source?.url ? html` ${this.renderOriginalLink(event.source.url)}` : nothing}
        </p>`,
      })}
    </div>`;
  }

  private renderTranscriptText(event: TimelineEvent, text: string) {
    const { segments, unmatched } = segmentTranscript(text, event.mentions);
    if (unmatched.length) queueMicrotask(() => this.onUnmatched(event, unmatched));
    return html`
      ${unmatched.length ? html`<p class="status warning">${messages.unmatchedMentions(unmatched.length)}</p>` : nothing}
      <div part="transcript" class="transcript" role="region" aria-label=${messages.transcript} tabindex="0">${segments.map((segment) =>
        'event' in segment
          ? html`<a
              part="mention"
              href="#event=${segment.event}"
              data-event-id=${segment.event}
              title=${this.events.get(segment.event)?.title ?? ''}
              @click=${(click: Event) => this.follow(click, segment.event)}
            >${segment.text}</a>`
          : segment.text,
      )}</div>
    `;
  }

  private follow(click: Event, id: string): void {
    click.preventDefault();
    this.dispatchEvent(new SelectRequestEvent(id));
  }

  private close(): void {
    this.dispatchEvent(new SelectRequestEvent(null));
  }
}
