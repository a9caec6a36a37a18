import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EN_LIST, withEnglish } from '../../i18n/en-later.js';
import { en, type Messages } from '../../i18n/messages.js';
import { formatEventDate } from '../../model/format.js';
import { thumbnail } from '../shared/thumbnail.js';
import { highlight } from '../../model/highlight.js';
import type { TimelineEvent } from '../../model/types.js';
import { SelectRequestEvent } from '../events.js';
import { kindShape } from '../shared/shapes.js';
import { themeStyles } from '../shared/theme.styles.js';

/**
 * The list view: the same events as a chronological list, with the same selection.
 * It is the accessible alternative to the timeline and what gets printed.
 */
export class EventList extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--_rule); }
      li {
        display: grid; grid-template-columns: 1.25em 1fr auto; gap: 0 0.6em; padding: 0.5em 0.4em;
        border-bottom: 1px solid var(--_rule);
      }
      li.current { background: color-mix(in srgb, var(--_accent) 10%, var(--_bg)); box-shadow: inset 4px 0 0 var(--_accent); }
      svg { margin-top: 0.35em; }
      svg * { fill: var(--_kind); }
      .approximate svg * { fill: var(--_bg); stroke: var(--_kind); stroke-width: 2; stroke-dasharray: 3 2; }
      button {
        display: flex; flex-direction: column; align-items: flex-start; gap: 0.1em; width: 100%; min-height: 32px;
        padding: 0.15em 0.25em; border: 0; background: none; text-align: start; font: inherit;
      }
      /* A title in its own direction (dir=auto), aligned as its summary is, whatever the list's direction. */
      .title { font-weight: 600; align-self: stretch; text-align: start; }
      .date { color: var(--_muted); font-size: 0.9em; }
      .summary { grid-column: 2; margin: 0.2em 0.25em 0; font-size: 0.92em; line-height: 1.45; }
      mark { background: var(--_highlight); color: inherit; }
      .empty { color: var(--_muted); }
      /* The event's first picture: its box is there before it, so the rows never move. */
      .thumbnail { grid-column: 3; grid-row: 1 / span 2; width: 48px; height: 48px; object-fit: cover; border-radius: 3px; background: var(--_band); }
    `,
  ];

  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) words: readonly string[] = [];
  @property({ attribute: false }) locale = 'en-US';
  @property({ attribute: false }) strings: Messages = en;
  /** The language of the events' titles and summaries; '' when unknown. */
  @property({ attribute: false }) contentLang = '';
  /** The URL media paths resolve against: the dataset's address. */
  @property({ attribute: false }) baseUrl = '';

  protected override render() {
    if (!this.events.length) return html`<p class="empty">${this.strings.noMatches}</p>`;
    return html`<ol part="list" aria-label=${withEnglish(EN_LIST, this.strings).listLabel}>
      ${this.events.map((event) => this.renderItem(event))}
    </ol>`;
  }

  /** Moves focus to an event's entry (after Escape closes the panel). */
  focusEvent(id: string): void {
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-event-id="${id}"]`)?.focus();
  }

  private renderItem(event: TimelineEvent) {
    const date = formatEventDate(event, this.locale, this.strings.dateWords);
    const current = event.id === this.selected;
    return html`<li class="kind-${event.kind}${event.approximate ? ' approximate' : ''}${current ? ' current' : ''}">
      <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">${kindShape(event.kind, 12)}</svg>
      <button
        type="button"
        part="list-item"
        data-event-id=${event.id}
        aria-current=${current ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new SelectRequestEvent(event.id))}
      >
        <span class="title" lang=${this.contentLang} dir="auto">${this.marked(event.title)}</span>
        <span class="date">${date.text} · ${this.strings.kinds[event.kind]}</span>
      </button>
      ${event.summary ? html`<p class="summary" lang=${this.contentLang} dir="auto">${this.marked(event.summary)}</p>` : nothing}
      ${thumbnail(event, this.baseUrl, 48)}
    </li>`;
  }


  private marked(text: string) {
    return highlight(text, this.words).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
  }
}
