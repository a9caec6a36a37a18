import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { messages } from '../i18n/messages.js';
import { parseCalendarDate } from '../model/calendar.js';
import { indexLinks, type LinkIndex } from '../model/links.js';
import { validateDataset } from '../model/validate.js';
import type { Dataset, DatasetInput, EventInput, Mention, Problem, TimelineEvent } from '../model/types.js';
import { LANE_MODES, type LaneMode } from '../layout/lanes.js';
import { fitDomain } from '../layout/time-scale.js';
import { archiveTimelineStyles } from './archive-timeline.styles.js';
import { SelectRequestEvent, TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import type { TimelineView } from './timeline-view.js';
import { TranscriptCache } from './transcript-cache.js';

/** Problems listed in the alert before "…and N more". */
const MAX_LISTED = 8;

interface Loaded {
  json: unknown;
  /** The address transcript paths resolve against. */
  baseUrl: string;
}

/**
 * An interactive timeline that links every event to its source text.
 *
 * @summary A timeline of archival events with a source panel and transcripts.
 * @attr src - URL of a dataset (JSON); transcript paths resolve against it.
 * @attr selected - id of the selected event; its source panel is open.
 * @attr lanes - how events are grouped into lanes: `kind` (default), `party` or `none`.
 * @attr start - first day of the initial visible range (ISO date); default: fit all events.
 * @attr end - last day of the initial visible range (ISO date).
 * @fires timeline-load - data loaded and validated; `detail.count` valid events.
 * @fires timeline-select - the reader selected an event; `detail.id`.
 * @fires timeline-error - problems in the data or while loading; `detail.errors`.
 * @csspart event - an event mark; it carries `data-event-id`.
 * @csspart label - an event's label on the timeline.
 * @csspart axis - the time axis.
 * @csspart lane - a lane band.
 * @csspart legend - the legend of kinds.
 * @csspart controls - the zoom buttons.
 * @csspart panel - the source panel.
 * @csspart transcript - the transcript in the source panel.
 * @csspart mention - a link in a transcript to the event it names.
 */
export class ArchiveTimeline extends LitElement {
  static override styles = archiveTimelineStyles;

  /** A dataset object or an array of events; takes precedence over `src`. */
  @property({ attribute: false }) events: DatasetInput | EventInput[] | undefined;
  @property({ reflect: true }) src: string | undefined;
  @property({ reflect: true }) selected: string | null = null;
  @property({ reflect: true }) lanes: LaneMode = 'kind';
  @property({ reflect: true }) start: string | undefined;
  @property({ reflect: true }) end: string | undefined;

  @state() private loaded: Loaded | undefined;

  /** Derived in willUpdate from `events` or the loaded JSON. */
  private model: Dataset = { title: '', events: [] };
  private problems: Problem[] = [];
  private leftOut = 0;
  private baseUrl = '';
  private domain: [Date, Date] = fitDomain([]);
  private byId = new Map<string, TimelineEvent>();
  private links: LinkIndex = indexLinks([]);
  private readonly transcripts = new TranscriptCache();
  private announceData = false;

  private readonly loadTask = new Task(this, {
    task: async ([src], { signal }): Promise<Loaded | undefined> => {
      if (!src) return undefined;
      const url = new URL(src, document.baseURI);
      let response: Response;
      try {
        response = await fetch(url, { signal });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new Error('the address could not be reached');
      }
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      const body = await response.text();
      try {
        return { json: JSON.parse(body), baseUrl: url.href };
      } catch {
        throw new Error('the file is not valid JSON');
      }
    },
    args: () => [this.events ? undefined : this.src] as const,
    onComplete: (value) => (this.loaded = value),
    onError: (error) => {
      if ((error as Error)?.name === 'AbortError') return;
      const message = messages.loadFailed(this.src ?? '', (error as Error).message);
      console.warn(`<archive-timeline>: ${message}`);
      this.dispatchEvent(new TimelineErrorEvent([{ field: 'src', message }]));
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') || changed.has('loaded')) {
      const input = this.events ?? this.loaded?.json;
      this.baseUrl = this.events ? document.baseURI : (this.loaded?.baseUrl ?? document.baseURI);
      if (input === undefined) {
        this.model = { title: '', events: [] };
        this.problems = [];
        this.leftOut = 0;
      } else {
        ({ dataset: this.model, problems: this.problems, leftOut: this.leftOut } = validateDataset(input));
        this.announceData = true;
      }
      this.byId = new Map(this.model.events.map((event) => [event.id, event]));
      this.links = indexLinks(this.model.events);
    }
    if (changed.has('events') || changed.has('loaded') || changed.has('start') || changed.has('end')) {
      this.domain = this.initialDomain();
    }
    if (changed.has('lanes') && !LANE_MODES.includes(this.lanes)) this.lanes = 'kind';
  }

  protected override updated(): void {
    if (!this.announceData) return;
    this.announceData = false;
    for (const problem of this.problems) console.warn(`<archive-timeline>: ${problem.message}`);
    this.dispatchEvent(new TimelineLoadEvent(this.model.events.length));
    if (this.problems.length) this.dispatchEvent(new TimelineErrorEvent(this.problems));
  }

  protected override render() {
    const event = this.selected ? this.byId.get(this.selected) : undefined;
    const waiting = !this.events && this.src;
    return html`
      <div class="root">
        ${this.model.title ? html`<header part="header"><h2>${this.model.title}</h2>
          ${this.model.description ? html`<p>${this.model.description}</p>` : nothing}</header>` : nothing}
        ${waiting ? this.loadTask.render({
          pending: () => html`<p class="status" role="status">${messages.loading}</p>`,
          error: (error) => html`<div class="alert" role="alert">
            <p>${messages.loadFailed(this.src ?? '', (error as Error).message)}</p>
            <button type="button" @click=${() => this.loadTask.run()}>Retry</button>
          </div>`,
        }) : nothing}
        ${this.renderProblems()}
        <div class="body ${event ? 'with-panel' : ''}" @select-request=${this.onSelectRequest}>
          ${waiting && !this.loaded ? nothing : html`<archive-timeline-view
            exportparts="event, label, axis, lane, legend, controls"
            .data=${this.model}
            .selected=${event ? event.id : null}
            .lanes=${this.lanes}
            .domain=${this.domain}
          ></archive-timeline-view>`}
          ${event ? html`<archive-source-panel
            exportparts="panel, transcript, mention"
            .event=${event}
            .events=${this.byId}
            .refersTo=${this.links.outgoing.get(event.id) ?? []}
            .referredToBy=${this.links.incoming.get(event.id) ?? []}
            .baseUrl=${this.baseUrl}
            .cache=${this.transcripts}
            .onUnmatched=${this.reportUnmatched}
          ></archive-source-panel>` : nothing}
        </div>
      </div>
    `;
  }

  private renderProblems() {
    if (!this.problems.length) return nothing;
    const listed = this.problems.slice(0, MAX_LISTED);
    return html`<div class="alert" role="alert">
      <p>${this.leftOut ? messages.eventsLeftOut(this.leftOut) : messages.problemsFound(this.problems.length)}</p>
      <ul>${listed.map((problem) => html`<li>${problem.message}</li>`)}</ul>
      ${this.problems.length > MAX_LISTED ? html`<p>${messages.moreProblems(this.problems.length - MAX_LISTED)}</p>` : nothing}
    </div>`;
  }

  /** `start`/`end` when both are calendar dates, else every event with a margin. */
  private initialDomain(): [Date, Date] {
    const from = this.start ? parseCalendarDate(this.start) : undefined;
    const to = this.end ? parseCalendarDate(this.end) : undefined;
    if (from && to && !('error' in from) && !('error' in to) && to.endExclusive > from.start) {
      return [from.start, to.endExclusive];
    }
    return fitDomain(this.model.events);
  }

  private onSelectRequest(request: SelectRequestEvent): void {
    request.stopPropagation();
    if (request.id === this.selected) return;
    const closing = request.id === null && this.selected !== null;
    const previous = this.selected;
    this.selected = request.id;
    this.dispatchEvent(new TimelineSelectEvent(request.id));
    if (closing && previous) {
      // Back to the event the panel was about, so keyboard readers keep their place.
      void this.updateComplete.then(() => this.focusEvent(previous));
    }
  }

  private focusEvent(id: string): void {
    const view = this.renderRoot.querySelector<TimelineView>('archive-timeline-view');
    view?.renderRoot.querySelector<SVGElement>(`[data-event-id="${id}"]`)?.focus();
  }

  private reportUnmatched = (event: TimelineEvent, mentions: Mention[]): void => {
    const problems = mentions.map((mention) => ({
      id: event.id,
      field: 'mentions',
      message: `event "${event.id}": mentions quote "${mention.quote}" does not occur in the transcript`,
    }));
    for (const problem of problems) console.warn(`<archive-timeline>: ${problem.message}`);
    this.dispatchEvent(new TimelineErrorEvent(problems));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'archive-timeline': ArchiveTimeline;
  }
}
