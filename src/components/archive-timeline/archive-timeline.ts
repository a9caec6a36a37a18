import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { defineMessages, languageAround, resolveLocale } from '../../i18n/locale.js';
import { format, type Messages } from '../../i18n/messages.js';
import { calendarRange, calendarTimes } from '../../model/calendar.js';
import { checkData } from '../../model/check-data.js';
import { startOf } from '../../model/event-dates.js';
import { DEEP_TIME_YEARS, formatEventDate, warmDates } from '../../model/format.js';
import { indexLinks, type LinkIndex } from '../../model/links.js';
import { chooseFormat, hasMedia, type DataFormat } from '../../model/formats/detect.js';
import { EVENT_KINDS } from '../../model/types.js';
import type { Dataset, DatasetInput, EventInput, EventKind, Problem, TimelineEvent } from '../../model/types.js';
import { LANE_MODES, type LaneMode } from '../../layout/lanes.js';
import { CALENDAR_AXIS, fitInstants, type Instant } from '../../layout/time-scale.js';
import { archiveTimelineStyles } from './archive-timeline.styles.js';
import { legendFilter, liveRegion, searchBox, viewSwitch, type ViewMode } from '../shared/controls.js';
import type { EventList } from '../event-list/event-list.js';
import { SelectRequestEvent, TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from '../events.js';
import { ElementTexts } from './element-texts.js';
import { hasDataInside } from './data-inside.js';
import { FirstUseController, loadAfterFrame, onFirstUse } from '../shared/first-use.js';
import { readHashState, writeHashState } from './hash-state.js';
import { RENDERERS, type RendererName, type TimelineRenderer } from '../renderer.js';
import { setProperties } from './set-properties.js';
import { liveResources } from '../shared/live-resources.js';
import { LOAD_TIMEOUT, loadData, loadErrorReason } from '../shared/load-json.js';
import type { SourcePanel } from '../source-panel/source-panel.js';
import type { TranscriptCache } from '../source-panel/transcript-cache.js';
import { WindowListenersController } from './window-listeners.js';

/** The source panel (and the transcript cache): a chunk of its own, loaded when a panel first opens. */
const SOURCE_PANEL = onFirstUse(() => import('../source-panel/source-panel.define.js'));
type PanelModule = NonNullable<typeof SOURCE_PANEL.value>;
/** The list view: a chunk of its own, loaded when the list is first shown, or soon after the first draw (for printing). */
const EVENT_LIST = onFirstUse(() => import('../event-list/event-list.define.js'));
/** The reader of data written inside the element: a chunk of its own, loaded only when there is some. */
const LIGHT_DOM = onFirstUse(() => import('./light-dom.js'));
/** The axis of datasets beyond where Dates reach, loaded only for them. */
const DEEP_TIME = onFirstUse(() => import('../../layout/deep-time.js'));
const NOTHING_INSIDE: { input?: unknown; problems: Problem[] } = { problems: [] };
/** The alert that lists the data's problems: a chunk of its own, loaded when data has some. */
const PROBLEMS_ALERT = onFirstUse(() => import('./problems-alert.js'));
/** Search and the legend's filter: a chunk of its own, loaded when a reader first filters (or a transcript arrives). */
const SEARCH = onFirstUse(() => import('../../model/search.js'));

interface Loaded {
  input: unknown;
  /** Problems met reading a spreadsheet (named by row and column). */
  problems?: Problem[];
  /** The address transcript paths resolve against. */
  baseUrl: string;
}

/**
 * An interactive timeline that links every event to its source text.
 *
 * @summary A timeline of archival events with a source panel and transcripts.
 * @tagname archive-timeline
 * @attr src - URL of a dataset (JSON); transcript paths resolve against it.
 * @attr selected - id of the selected event; its source panel is open.
 * @attr lanes - how events are grouped into lanes: `kind` (default), `party` or `none`.
 * @attr start - first day of the initial visible range (ISO date); default: fit all events.
 * @attr end - last day of the initial visible range (ISO date).
 * @attr view - `timeline` (default) or `list`.
 * @attr locale - language and region for dates and texts; default: the page's `lang`, then en-US.
 * @attr deep-link - mirror the selection, filter and search in the page URL (`#event=<id>`).
 * @attr renderer - `svg` (default) or `vis` (vis-timeline, loaded on first use).
 * @attr format - `auto` (default: told from the data, the answer's type or the address), `archive-timeline`, `timelinejs`, `timelinejs2`, `vis`, `csv` or `tsv`: the format of the data.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr embeds - hosts whose players the panel may show for media, off by default: `youtube` (its privacy-enhanced host) and/or `vimeo`.
 * @fires timeline-load - data loaded and validated; `detail.count` valid events.
 * @fires timeline-select - the reader selected an event, or closed the panel (`detail.id` null).
 * @fires timeline-error - problems in the data or while loading; `detail.errors`.
 * @csspart event - an event mark; it carries `data-event-id`.
 * @csspart label - an event's label on the timeline.
 * @csspart axis - the time axis.
 * @csspart lane - a lane band.
 * @csspart cluster - events too close to be told apart, drawn as one bar with their count.
 * @csspart relation - a connector from the selected event to an event it is linked with.
 * @csspart legend - the legend of kinds, which doubles as a filter.
 * @csspart controls - the toolbars (view switch, search, zoom buttons).
 * @csspart search - the search box.
 * @csspart list - the list view.
 * @csspart list-item - an entry's button in the list view.
 * @csspart panel - the source panel.
 * @csspart transcript - the transcript in the source panel.
 * @csspart mention - a link in a transcript to the event it names.
 * @csspart header - the dataset's title and description.
 * @csspart media - a media item (picture, recording, link card) in the source panel, a `<figure>`.
 * @cssprop --archive-timeline-font-family - font of the widget (default: inherited from the page).
 * @cssprop --archive-timeline-font-size - base font size (default: 16px).
 * @cssprop --archive-timeline-background - background colour.
 * @cssprop --archive-timeline-color - text colour.
 * @cssprop --archive-timeline-muted-color - secondary text colour.
 * @cssprop --archive-timeline-lane-background - lane and transcript background.
 * @cssprop --archive-timeline-rule-color - borders and axis lines.
 * @cssprop --archive-timeline-accent - the selection.
 * @cssprop --archive-timeline-focus-color - focus ring and links.
 * @cssprop --archive-timeline-highlight - search matches.
 * @cssprop --archive-timeline-color-meeting - meetings.
 * @cssprop --archive-timeline-color-cable - cables.
 * @cssprop --archive-timeline-color-message - messages.
 * @cssprop --archive-timeline-color-treaty - treaties.
 * @cssprop --archive-timeline-color-conference - conferences.
 * @cssprop --archive-timeline-color-other - other events.
 * @cssprop --archive-timeline-transcript-font-family - transcripts (default: a serif).
 * @cssprop --archive-timeline-transcript-max-height - height of the transcript box before it scrolls (default: 28em).
 * @cssprop --archive-timeline-vis-max-height - the tallest `renderer="vis"` grows before its lanes scroll (default: 640px; `none`: no bound).
 */
export class ArchiveTimeline extends LitElement {
  static override styles = archiveTimelineStyles;

  /** What the elements on the page hold outside their DOM (listeners, observers, timers): zero once removed. */
  static readonly liveResources: Readonly<typeof liveResources> = liveResources;

  /** Adds a language, or overrides texts of one, for every element on the page. */
  static defineMessages(language: string, table: Partial<Messages>): void {
    defineMessages(language, table);
  }

  /** A dataset object or an array of events; takes precedence over `src`. */
  @property({ attribute: false }) events: DatasetInput | EventInput[] | undefined;
  @property({ reflect: true }) src: string | undefined;
  @property({ reflect: true }) selected: string | null = null;
  @property({ reflect: true }) lanes: LaneMode = 'kind';
  @property({ reflect: true }) start: string | undefined;
  @property({ reflect: true }) end: string | undefined;
  @property({ reflect: true }) view: ViewMode = 'timeline';
  @property({ reflect: true }) locale: string | undefined;
  @property({ type: Boolean, reflect: true, attribute: 'deep-link' }) deepLink = false;
  /** The data format: `auto` (default, detected), or one of DATA_FORMATS: `archive-timeline`, `timelinejs`, `timelinejs2`, `vis`, `csv`, `tsv`. */
  @property({ reflect: true }) format: DataFormat | 'auto' = 'auto';
  /** `auto` (default) follows the reader's colour scheme; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** `svg` (default): the built-in renderer; `vis`: vis-timeline, loaded on first use. */
  @property({ reflect: true }) renderer: RendererName = 'svg';
  /** How long a dataset or transcript may take to load before the element gives up (ms). */
  @property({ type: Number, attribute: false }) loadTimeout = LOAD_TIMEOUT;
  /** Texts to override for this element only (see `Messages`). */
  @property({ attribute: false }) messages: Partial<Messages> = {};

  @state() private loaded: Loaded | undefined;
  /** Data written inside the element (a JSON script or a list), read when it connects; undefined while being read. */
  @state() private lightDom: typeof NOTHING_INSIDE | undefined = NOTHING_INSIDE;
  /** Foreign data converted by the converters, which load on first use (they are a chunk of their own). */
  @state() private conversion: { input: unknown; format: DataFormat; result: { input: unknown; problems: Problem[] } } | undefined;
  @state() private hiddenKinds: ReadonlySet<EventKind> = new Set();
  @state() private query = '';
  @state() private announcement = '';
  @state() private printing = false;
  /** Bumped when a transcript arrives, so search takes its words into account. */
  @state() private transcriptsLoaded = 0;
  /** The vis renderer's module: loading, ready, or failed to load. */
  @state() private visModule: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /** Derived in willUpdate from `events` or the loaded JSON. */
  private model: Dataset = { title: '', events: [] };
  private problems: Problem[] = [];
  private leftOut = 0;
  private baseUrl = '';
  private domain: [Instant, Instant] = fitInstants([]);
  private range: [Instant, Instant] | null = null;
  /** The data have years of deep time (before 100,000 BC), which a chunk writes as years ago. */
  private deepYears = false;
  private byIdCache: Map<string, TimelineEvent> | undefined;
  private links: LinkIndex = indexLinks([]);
  private kinds: EventKind[] = [];
  /** Search texts that include a loaded transcript, by event id (filterEvents makes the others when searched). */
  private searchTexts = new Map<string, string>();
  private shown: TimelineEvent[] = [];
  /** What the renderer draws, one object per change so renderers can skip unchanged updates. */
  private shownData: Dataset = { title: '', events: [] };
  private related: string[] = [];
  private words: string[] = [];
  /** A filter waits for the search chunk: `shown` stays as it was until it has arrived. */
  private filterWaiting = false;
  /** Loads what the first paint does not need (other languages' texts, the panel, the list) when it is needed. */
  private readonly firstUse = new FirstUseController(this);
  private readonly texts = new ElementTexts(this, this.firstUse);
  /** Transcripts fetched for this element's panels, so reopening one does not fetch again: made by the panel's chunk. */
  private transcripts: TranscriptCache | undefined;
  private announceData = false;
  private focusPanelOnUpdate = false;

  private readonly loadTask = new Task(this, {
    task: async ([src], { signal }): Promise<Loaded | undefined> => {
      if (!src) return undefined;
      const url = new URL(src, document.baseURI);
      const loading = loadData(url, this.format, signal, this.loadTimeout);
      // The request is on its way: Intl's start-up meanwhile, not after the data have come.
      warmDates(resolveLocale(this.locale, this));
      return { ...(await loading), baseUrl: url.href };
    },
    args: () => [this.events ? undefined : this.src] as const,
    onComplete: (value) => (this.loaded = value),
    onError: (error) => {
      if ((error as Error)?.name === 'AbortError') return;
      // The failed address's error replaces whatever the previous address showed.
      this.loaded = undefined;
      const message = this.loadErrorMessage(error);
      console.warn(`<archive-timeline>: ${message}`);
      this.announcement = message;
      this.dispatchEvent(new TimelineErrorEvent([{ field: 'src', message }]));
    },
  });

  private readonly windowListeners = new WindowListenersController(
    this,
    {
      hashchange: () => this.applyHash(),
      popstate: () => this.applyHash(),
      beforeprint: () => (this.printing = true),
      afterprint: () => (this.printing = false),
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    // A classic script in <head> upgrades the element before its children are parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.readLightDom(), { once: true });
    if (this.deepLink) this.applyHash();
  }

  private readLightDom(): void {
    if (!hasDataInside(this)) {
      this.lightDom = NOTHING_INSIDE;
      return;
    }
    this.lightDom = undefined;
    this.firstUse.wait(LIGHT_DOM.load().then((reader) => (this.lightDom = reader?.lightDomDataset(this) ?? NOTHING_INSIDE)));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale') || changed.has('messages') || !this.hasUpdated) this.texts.want(this.locale);
    this.texts.update(this.messages);
    if (changed.has('loadTimeout')) this.transcripts = undefined;
    const dataChanged = ['events', 'loaded', 'lightDom', 'format', 'conversion'].some((key) => changed.has(key));
    if (dataChanged) this.deriveModel();
    // Events are sorted: the first has the dataset's earliest year.
    const earliest = this.model.events.length ? startOf(this.model.events[0]).year : 1;
    this.texts.eras(earliest < 1);
    this.deepYears = earliest < -DEEP_TIME_YEARS;
    if (dataChanged || changed.has('start') || changed.has('end')) {
      this.domain = fitInstants(this.model.events);
      // `start` and `end` when both are calendar dates; null (show all) otherwise.
      this.range = typeof this.domain[0] === 'number' ? calendarTimes(this.start, this.end) : calendarRange(this.start, this.end);
    }
    if (changed.has('lanes') && !LANE_MODES.includes(this.lanes)) this.lanes = 'kind';
    if (changed.has('view') && this.view !== 'list') this.view = 'timeline';
    if (changed.has('renderer')) this.switchRenderer(changed.get('renderer') as RendererName | undefined);
    if (dataChanged || this.filterWaiting || ['hiddenKinds', 'query', 'transcriptsLoaded'].some((key) => changed.has(key))) this.filter();
    if (dataChanged || changed.has('selected')) this.related = this.relatedIds();
  }

  /** Resolves once the element has drawn with every part it asked for (texts, panel, list) there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (await this.firstUse.settled()) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('deepLink')) this.windowListeners.sync();
    if (this.refocusAfterRetry && this.loadTask.status >= TaskStatus.COMPLETE) {
      // Retry failed again: back to Retry; it loaded: to the controls, where reading starts.
      this.refocusAfterRetry = false;
      this.renderRoot.querySelector<HTMLElement>('.retry, .controls button')?.focus();
    }
    // On first open the panel appears a little later, when its chunk has arrived.
    const panel = this.focusPanelOnUpdate ? this.panel : null;
    if (panel) {
      this.focusPanelOnUpdate = false;
      void panel.updateComplete.then(() => panel.focusHeading());
    }
    // Announced in the reader's language: once the texts (and the alert, if there are problems) are there.
    if (!this.announceData || !this.texts.ready || (this.problems.length && !this.alertShown)) return;
    this.announceData = false;
    for (const problem of this.problems) console.warn(`<archive-timeline>: ${problem.message}`);
    this.announcement = format(this.texts.t.loaded, { count: this.model.events.length }, this.texts.locale);
    /** @ignore the class's @fires declares it (the manifest analyzer would name it after the argument) */
    this.dispatchEvent(new TimelineLoadEvent(this.model.events.length));
    // Printing shows the list, and beforeprint leaves no time to load it: fetched once this frame is drawn.
    // Fetched, not waited for: the frame on screen does not show it, so updateComplete does not wait for it.
    void loadAfterFrame(EVENT_LIST);
    if (this.problems.length) {
      /** @ignore the class's @fires declares it (the manifest analyzer would name it after the argument) */
      this.dispatchEvent(new TimelineErrorEvent(this.problems));
    }
    this.openLinkedEvent();
  }

  /**
   * A shared link (`#event=<id>`) opens its event even without `deep-link`, once, when the data
   * arrives, if this element has that event and nothing is selected yet.
   */
  private openLinkedEvent(): void {
    if (this.deepLink || this.selected) return;
    const { event } = readHashState(location.hash);
    if (event && this.byId.has(event)) this.selected = event;
  }

  protected override render() {
    if (!this.texts.ready) return html`<div class="root" aria-busy="true"></div>`;
    const t = this.texts.t;
    const selected = this.selected ? this.byId.get(this.selected) : undefined;
    const panel = selected && this.firstUse.arrived(SOURCE_PANEL);
    const event = panel ? selected : undefined;
    const waiting = !this.events && this.src;
    // Data written inside the element is being read.
    const reading = !this.events && !this.src && !this.lightDom;
    const ready = !reading && (!waiting || this.loaded);
    // Nothing to draw (an empty list of events, every event left out, or no data given): say so rather than draw an empty year.
    const empty = Boolean(ready) && !this.model.events.length;
    // The element's own texts are in one language, the data's in another: each part says which (WCAG 3.1.2).
    // The texts' language sets the direction of the layout; each of the data's texts takes its own (dir=auto).
    const lang = this.contentLang;
    return html`
      <div class="root" lang=${this.texts.lang} dir=${this.texts.dir} @select-request=${this.onSelectRequest} @keydown=${this.onKeydown}>
        ${this.model.title ? html`<header part="header" lang=${lang}><h2 dir="auto">${this.model.title}</h2>
          ${this.model.description ? html`<p dir="auto">${this.model.description}</p>` : nothing}</header>` : nothing}
        ${reading ? html`<p class="status">${t.loading}</p>` : nothing}
        ${waiting ? this.loadTask.render({
          pending: () => html`<p class="status">${t.loading}</p>`,
          error: (error) => html`<div class="alert" role="alert">
            <p>${this.loadErrorMessage(error)}</p>
            <button type="button" class="retry" @click=${this.retry}>${t.retry}</button>
          </div>`,
        }) : nothing}
        ${this.problems.length ? this.firstUse.arrived(PROBLEMS_ALERT)?.problemsAlert(t, this.problems, this.leftOut, this.texts.locale) : nothing}
        ${ready && !empty ? html`<div class="controls" part="controls">
          ${viewSwitch(t, this.view, (view) => (this.view = view))}
          ${searchBox(t, this.query, (query) => this.setFilter(this.hiddenKinds, query))}
          ${legendFilter(t, this.kinds, this.hiddenKinds, (kind) => this.toggleKind(kind))}
        </div>` : nothing}
        ${liveRegion(this.announcement)}
        <div class="body ${event ? 'with-panel' : ''}">
          ${empty ? html`<p class="status">${t.noEvents}</p>` : nothing}
          ${ready ? this.renderViews(lang, empty) : nothing}
          ${event && panel ? this.renderPanel(event, panel, lang) : nothing}
        </div>
      </div>
    `;
  }

  /** The alert's chunk has arrived, or could not be loaded (the events and the console still say what is wrong). */
  private get alertShown(): boolean {
    return PROBLEMS_ALERT.value !== undefined || PROBLEMS_ALERT.failed;
  }

  /**
   * The events to show: all of them, the same list, until a reader filters; then those the search
   * chunk keeps, once it has arrived (until then the view shows what it showed).
   */
  private filter(): void {
    const filtering = this.query !== '' || this.hiddenKinds.size > 0;
    const search = filtering ? this.firstUse.arrived(SEARCH) : SEARCH.value;
    this.filterWaiting = filtering && !search && !SEARCH.failed;
    if (this.filterWaiting) return;
    this.words = search ? search.searchWords(this.query) : [];
    this.shown = search ? search.filterEvents(this.model.events, { hiddenKinds: this.hiddenKinds, words: this.words, texts: this.searchTexts }) : this.model.events;
    this.shownData = { title: this.model.title, events: this.shown };
  }

  /** The data's language: the dataset's `lang`, else the page's around the element ('' when unknown). */
  private get contentLang(): string {
    return this.model.lang ?? languageAround(this);
  }

  private renderViews(contentLang: string, empty: boolean) {
    const showList = !empty && (this.view === 'list' || this.printing) && this.firstUse.arrived(EVENT_LIST);
    return html`
      ${this.renderTimeline(contentLang, empty)}
      ${showList ? html`<archive-event-list
        class="list"
        exportparts="list, list-item"
        .events=${this.shown}
        .selected=${this.selected}
        .words=${this.words}
        .locale=${this.texts.locale}
        .strings=${this.texts.t}
        .contentLang=${contentLang}
        .baseUrl=${this.baseUrl}
      ></archive-event-list>` : nothing}
    `;
  }

  /**
   * The timeline through the chosen renderer; both take the same properties. With no events it stays,
   * unseen and measured, so that the first events draw at once, without waiting for its width.
   */
  private renderTimeline(contentLang: string, empty: boolean) {
    const className = this.view === 'list' ? 'hidden' : empty ? 'timeline empty' : 'timeline';
    // Years of deep time are written by a chunk; a dataset beyond where Dates reach (a domain in ms) is
    // drawn on its axis, by the default renderer only.
    const beyondDates = typeof this.domain[0] === 'number';
    const deep = (this.deepYears || beyondDates) && this.firstUse.arrived(DEEP_TIME);
    if ((this.deepYears || beyondDates) && !deep) return html`<p class="status ${className}">${this.texts.t.loading}</p>`;
    const renderer = beyondDates ? 'svg' : this.renderer;
    if (renderer === 'vis' && this.visModule === 'failed') {
      return html`<div class="alert" role="alert"><p>${this.texts.t.rendererFailed}</p></div>`;
    }
    if (renderer === 'vis' && this.visModule !== 'ready') return html`<p class="status ${className}">${this.texts.t.loading}</p>`;
    const properties: Partial<TimelineRenderer> = {
      data: this.shownData,
      selected: this.selected && this.byId.has(this.selected) ? this.selected : null,
      related: this.related,
      lanes: this.lanes,
      domain: this.domain,
      range: this.range,
      locale: this.texts.locale,
      strings: this.texts.t,
      contentLang,
      axis: deep && beyondDates ? deep.DEEP_TIME_AXIS : CALENDAR_AXIS,
    };
    const parts = 'event, label, axis, lane, relation, cluster, controls';
    return renderer === 'vis'
      ? html`<archive-vis-view class=${className} exportparts=${parts} ${setProperties(properties)}></archive-vis-view>`
      : html`${renderer === this.renderer ? nothing : html`<p class="note">${this.texts.t.visNoDeepTime}</p>`}
        <archive-timeline-view class=${className} exportparts=${parts} ${setProperties(properties)}></archive-timeline-view>`;
  }

  private get timeline(): TimelineRenderer | null {
    return this.renderRoot.querySelector<TimelineRenderer>('archive-timeline-view, archive-vis-view');
  }

  /** Loads vis-timeline on first use; a switch keeps the selection and the dates in view. */
  private switchRenderer(previous: RendererName | undefined): void {
    if (!RENDERERS.includes(this.renderer)) this.renderer = 'svg';
    const current = this.timeline;
    if (previous && current && typeof this.domain[0] !== 'number') this.range = current.visibleRange();
    if (this.renderer !== 'vis' || this.visModule === 'ready' || this.visModule === 'loading') return;
    this.visModule = 'loading';
    import('../../renderers/vis/define.js').then(
      // The classic-script build has no vis renderer: its import defines nothing.
      () => (this.visModule = customElements.get('archive-vis-view') ? 'ready' : 'failed'),
      (error: unknown) => {
        console.warn('<archive-timeline>: the vis-timeline renderer could not be loaded', error);
        this.visModule = 'failed';
      },
    );
  }

  private renderPanel(event: TimelineEvent, { TranscriptCache }: PanelModule, contentLang: string) {
    const position = this.shown.indexOf(event);
    return html`<archive-source-panel
      exportparts="panel, transcript, mention, media"
      .event=${event}
      .events=${this.byId}
      .refersTo=${this.links.outgoing.get(event.id) ?? []}
      .referredToBy=${this.links.incoming.get(event.id) ?? []}
      .previous=${position > 0 ? this.shown[position - 1] : undefined}
      .next=${position >= 0 && position < this.shown.length - 1 ? this.shown[position + 1] : undefined}
      .shareUrl=${this.urlFor(event.id)}
      .words=${this.words}
      .baseUrl=${this.baseUrl}
      .cache=${(this.transcripts ??= new TranscriptCache(this.loadTimeout))}
      .locale=${this.texts.locale}
      .strings=${this.texts.t}
      .contentLang=${contentLang}
      .onTranscript=${this.onTranscript}
    ></archive-source-panel>`;
  }

  /** Data in order of precedence: the `events` property, `src`, then what is written inside the element. */
  private deriveModel(): void {
    const given: { input?: unknown; problems?: Problem[]; baseUrl?: string } | undefined = this.events
      ? { input: this.events }
      : this.src ? this.loaded : this.lightDom ?? NOTHING_INSIDE;
    const raw = given?.input;
    const early = given?.problems ?? [];
    // Only a loaded document has an address of its own for transcript paths.
    this.baseUrl = given?.baseUrl ?? document.baseURI;
    const converted = raw === undefined ? undefined : this.converted(raw);
    if (converted === undefined) {
      this.model = { title: '', events: [] };
      this.problems = early;
      this.leftOut = 0;
    } else {
      const checked = checkData({ input: converted.input, problems: [...early, ...converted.problems] });
      this.model = checked.dataset;
      this.problems = checked.problems;
      this.leftOut = checked.leftOut;
    }
    this.announceData = converted !== undefined || early.length > 0;
    this.byIdCache = undefined;
    this.links = indexLinks(this.model.events);
    this.kinds = EVENT_KINDS.filter((kind) => this.model.events.some((event) => event.kind === kind));
    this.searchTexts = new Map();
  }

  /**
   * Our own format as it is; foreign formats through the converters, loaded on first use
   * (until then: nothing to show yet, and the conversion re-runs deriveModel when done).
   */
  private converted(input: unknown): { input: unknown; problems: Problem[] } | undefined {
    const format = chooseFormat(input, this.format);
    // Media are checked with the converters, on first use.
    if (format === 'archive-timeline' && !hasMedia(input)) return { input, problems: [] };
    const done = this.conversion;
    if (done && done.input === input && done.format === format) return done.result;
    void import('../../model/formats/convert.js').then(({ toDataset }) => {
      this.conversion = { input, format, result: toDataset(input, format) };
    });
    return undefined;
  }

  /** Events by id, made when first asked for (a selection, a link): with 100,000 events it is megabytes. */
  private get byId(): Map<string, TimelineEvent> {
    this.byIdCache ??= new Map(this.model.events.map((event) => [event.id, event]));
    return this.byIdCache;
  }

  /** The events linked with the selected one, both ways. */
  private relatedIds(): string[] {
    if (!this.selected) return [];
    return [...(this.links.outgoing.get(this.selected) ?? []), ...(this.links.incoming.get(this.selected) ?? [])];
  }

  private get panel(): SourcePanel | null {
    return this.renderRoot.querySelector('archive-source-panel');
  }

  private refocusAfterRetry = false;

  private retry = (): void => {
    this.refocusAfterRetry = true;
    void this.loadTask.run();
  };

  private onSelectRequest(request: SelectRequestEvent): void {
    request.stopPropagation();
    this.select(request.id, { user: true });
  }

  /** Selects an event (or closes the panel with null); a reader's action is announced and kept in history. */
  private select(id: string | null, { user = false, fromUrl = false } = {}): void {
    if (id === this.selected) return;
    const previous = this.selected;
    this.selected = id;
    if (!user) return;
    /** @ignore the class's @fires declares it (the manifest analyzer would name it after the argument) */
    this.dispatchEvent(new TimelineSelectEvent(id));
    const event = id ? this.byId.get(id) : undefined;
    this.announcement = event
      ? format(this.texts.t.selected, { title: event.title, date: formatEventDate(event, this.texts.locale, this.texts.t.dateWords).spoken })
      : this.texts.t.panelClosed;
    if (this.deepLink && !fromUrl) history.pushState(history.state, '', this.urlFor(id));
    this.focusPanelOnUpdate = event !== undefined;
    if (!event && previous) {
      // Back to the event the panel was about, so keyboard readers keep their place.
      void this.updateComplete.then(() => this.focusEvent(previous));
    }
  }

  private focusEvent(id: string): void {
    if (this.view === 'list') this.renderRoot.querySelector<EventList>('archive-event-list')?.focusEvent(id);
    else this.timeline?.focusEvent(id);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.selected) return;
    if ((event.composedPath()[0] as HTMLElement).matches?.('input')) return;
    event.preventDefault();
    this.select(null, { user: true });
  }

  private toggleKind(kind: EventKind): void {
    const hidden = new Set(this.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    this.setFilter(hidden, this.query);
  }

  private setFilter(hiddenKinds: ReadonlySet<EventKind>, query: string): void {
    this.hiddenKinds = hiddenKinds;
    this.query = query;
    void this.updateComplete.then(() => {
      this.announcement = this.shown.length
        ? format(this.texts.t.matches, { count: this.shown.length }, this.texts.locale)
        : this.texts.t.noMatches;
    });
    // Filters change the URL in place: Back steps through selections, not keystrokes.
    if (this.deepLink) history.replaceState(history.state, '', this.urlFor(this.selected));
  }

  /** The page URL with this element's state (and any other hash content) in the hash. */
  private urlFor(id: string | null): string {
    const hash = writeHashState(location.hash, { event: id, hiddenKinds: [...this.hiddenKinds], query: this.query });
    return `${location.pathname}${location.search}${hash}`;
  }

  private applyHash(): void {
    if (!this.deepLink) return;
    const state = readHashState(location.hash);
    this.hiddenKinds = new Set(state.hiddenKinds);
    this.query = state.query;
    // On load, a URL without an event keeps the `selected` attribute; later, it means none.
    if (state.event || this.hasUpdated) this.select(state.event, { user: this.hasUpdated, fromUrl: true });
  }

  private loadErrorMessage(error: unknown): string {
    return format(this.texts.t.loadFailed, { src: this.src ?? '', reason: loadErrorReason(error, this.texts.t) });
  }

  private onTranscript = (event: TimelineEvent, text: string): void => {
    const searchTexts = this.searchTexts;
    this.firstUse.wait(
      SEARCH.load().then((search) => {
        // Texts of data since replaced, or a search chunk that could not be loaded: nothing to add.
        if (!search || searchTexts !== this.searchTexts) return;
        const withTranscript = search.searchText(event, text);
        if ((searchTexts.get(event.id) ?? search.searchText(event)) === withTranscript) return;
        searchTexts.set(event.id, withTranscript);
        this.transcriptsLoaded++;
      }),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'archive-timeline': ArchiveTimeline;
  }
}
