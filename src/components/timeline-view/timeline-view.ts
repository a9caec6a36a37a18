import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { en, format, type Messages } from '../../i18n/messages.js';
import type { Dataset, TimelineEvent } from '../../model/types.js';
import { laneCodes, lanesFor, type Lane, type LaneMode } from '../../layout/lanes.js';
import { clusterKey, layoutTimeline, type ClusterMark, type EventMark, type LaneBand, type LayoutOptions, type TimelineLayout } from '../../layout/marks.js';
import { inView, panWindow } from '../../layout/pan-window.js';
import { clusterTimes, revealRange } from '../../layout/reveal.js';
import { CALENDAR_AXIS, rangeTransform, type Instant, type TimeAxis, type TimeScale } from '../../layout/time-scale.js';
import { indexByTime, type TimeIndex } from '../../layout/visible.js';
import { IDENTITY, rescale, zoomAround, type ZoomTransform } from '../../layout/zoom.js';
import { zoomButtons } from '../shared/controls.js';
import { SelectRequestEvent } from '../events.js';
import type { TimelineRenderer } from '../renderer.js';
import { FirstUseController, loadAfterFrame, onFirstUse } from '../shared/first-use.js';
import { liveResources } from '../shared/live-resources.js';
import { laneLabel, laneLang, MarkNames } from '../shared/names.js';
import { WidthController } from '../shared/resize-controller.js';
import { clusterNodes, countNodes, eventNodes, labelNodes, showsCount, type MarkGeometry, type MarkState } from './mark-nodes.js';
import type { CanvasScene, Samples } from './mark-canvas.js';
import type { GestureCanvas } from './gesture-canvas.js';
import { joinByKey, moveTo, setAttr } from './dom-join.js';
import { handleTimelineKey } from '../shared/timeline-keys.js';
import { timelineViewStyles } from './timeline-view.styles.js';
import type { ZoomGestures, Zoomable } from './zoom-gestures.js';

const AXIS_HEIGHT = 28;
const DAY = 86_400_000;
/** Closest zoom: two days across the view. */
const MIN_SPAN = 2 * DAY;
/** Padding around a mark's shape for pointer and touch: 14 + 2 × 5 = 24 px, the WCAG 2.2 minimum target. */
const HIT_PAD = 5;
/**
 * Pans lay out again each time they cross this fraction of the view's width (pan-window.ts);
 * the layout covers as much again past the view's right edge.
 */
const PAN_QUANTUM = 0.5;
/** A wheel gesture has paused when no turn came for this long (ms), as d3-zoom ends one. */
const GESTURE_PAUSE = 150;

const LAYOUT: Omit<LayoutOptions, 'lanes' | 'circa'> = {
  rowsPerLane: 3,
  rowHeight: 26,
  laneGap: 4,
  laneHeader: 18,
  fontSize: 13,
  maxLabelChars: 34,
  markSize: 14,
  clusterWidth: 48,
};
/** Connectors between linked events: a chunk of its own, loaded when a selected event first has links in view. */
const RELATIONS = onFirstUse(() => import('../../layout/relations.js'));
/**
 * Zoom and pan by hand (zoom-gestures.ts): a chunk of its own, fetched once the timeline has drawn,
 * as the gestures' canvas is. No first frame needs it; the buttons and keys zoom meanwhile.
 */
const ZOOM_GESTURES = onFirstUse(() => import('./zoom-gestures.js'));
/** The canvas the gestures' frames are drawn on (gesture-canvas.ts, which fetches its drawer in turn): fetched as they are. */
const GESTURE_CANVAS = onFirstUse(() => import('./gesture-canvas.js'));
const GEOMETRY: MarkGeometry = { markSize: LAYOUT.markSize, hitPad: HIT_PAD, top: AXIS_HEIGHT + 4 };

/**
 * The default renderer: an SVG time axis with lanes, zoomed and panned by hand (zoom-gestures.ts)
 * or with the keyboard and buttons. It draws only the events inside the visible window, found
 * through a time index. Lit renders the frame, axis and lanes; the marks and clusters (SVG) and
 * their labels and counts (HTML over the SVG) are joined to their nodes by hand (mark-nodes.ts),
 * and a pan moves the laid-out stretch whole (pan-window.ts).
 */
export class TimelineView extends LitElement implements TimelineRenderer, Zoomable {
  static override styles = timelineViewStyles;

  @property({ attribute: false }) data: Dataset = { title: '', events: [] };
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) lanes: LaneMode = 'kind';
  /** The domain shown when not zoomed ("Show all"). */
  @property({ attribute: false }) domain: [Instant, Instant] = [new Date(0), new Date(DAY)];
  /** The range to show; null shows the whole domain. */
  @property({ attribute: false }) range: [Instant, Instant] | null = null;
  /** The dataset's scale and ticks: calendar dates, or deep time (layout/deep-time.ts). */
  @property({ attribute: false }) axis: TimeAxis = CALENDAR_AXIS;
  @property({ attribute: false }) locale = 'en-US';
  @property({ attribute: false }) strings: Messages = en;
  @property({ attribute: false }) contentLang = '';
  /** Ids of the events linked with the selected one: drawn as connectors. */
  @property({ attribute: false }) related: readonly string[] = [];

  /** The reader's zoom and pan of the base scale. */
  @state() transform: ZoomTransform = IDENTITY;
  /** The event that holds the single tab stop (roving tabindex). */
  @state() private focusId: string | null = null;
  @state() private showHint = false;
  /**
   * A wheel or pinch zoom (or a drag that follows one) is under way: its frames are drawn on a canvas
   * (mark-canvas.ts), and the marks' elements wait, hidden, until it pauses or its pointers lift.
   */
  @state() private live = false;

  @query('svg.canvas') private svgElement!: SVGSVGElement;
  @query('g.events') private eventLayer!: SVGGElement;
  @query('g.clusters') private clusterLayer!: SVGGElement;
  @query('div.labels') private labelLayer!: HTMLDivElement;
  @query('div.counts') private countLayer!: HTMLDivElement;
  @query('div.shift') private shiftLayer!: HTMLDivElement;
  @query('div.frame') private frameElement!: HTMLDivElement;
  @query('canvas.gesture') private canvasElement!: HTMLCanvasElement;

  private readonly width = new WidthController(this);
  /** The chunks this view waits for (the connectors); `settled` waits for them too. */
  private readonly firstUse = new FirstUseController(this);
  private gestures: ZoomGestures | undefined;
  private gestureCanvas: GestureCanvas | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private settledWaiters: (() => void)[] = [];
  /** From a quarter of the whole domain to two days across the view. */
  zoomExtent: readonly [number, number] = [0.25, 1];

  private index: TimeIndex = indexByTime([]);
  private laneOfEvent: Uint8Array | Uint16Array = new Uint8Array(0);
  private laneList: Lane[] = [];
  private scale!: TimeScale;
  /** The layout of the stretch around the view (pan-window.ts), made again only when the stretch or the labels' "c." changes. */
  private layout: TimelineLayout = { marks: [], clusters: [], bands: [], height: 0 };
  private layoutKey = '';
  /** From the stretch's x to the view's, px. */
  private offset = 0;
  /** What of the layout shows in the view. */
  private marks: EventMark[] = [];
  private clusters: ClusterMark[] = [];
  /** The events `related` names, found once per change rather than looked up in a map of every event. */
  private relatedEvents: TimelineEvent[] = [];
  private bands: LaneBand[] = [];
  /** Ids of the events drawn as marks. */
  private drawn = new Set<string>();
  private height = 0;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingFocus = false;
  private lastWidth = 0;
  private readonly names = new MarkNames();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('locale') || changed.has('strings')) {
      this.names.reset(this.locale, this.strings);
    }
    if (changed.has('data')) {
      this.index = indexByTime(this.data.events);
    }
    if (changed.has('data') || changed.has('lanes')) {
      this.laneList = lanesFor(this.data.events, this.lanes);
      this.laneOfEvent = laneCodes(this.data.events, this.lanes, this.laneList);
    }
    if (changed.has('data') || changed.has('related')) {
      const related = new Set(this.related);
      this.relatedEvents = related.size ? this.data.events.filter((event) => related.has(event.id)) : [];
    }
    if (changed.has('selected') && this.selected) this.focusId = this.selected;

    const width = this.width.current;
    if (changed.has('domain') || changed.has('range')) {
      this.transform = this.range ? rangeTransform(this.domain, this.range, width, this.axis.scale) : IDENTITY;
    } else if (this.lastWidth && width !== this.lastWidth) {
      // Keep the same dates in view when the element is resized.
      this.transform = { k: this.transform.k, x: (this.transform.x * width) / this.lastWidth };
    }
    this.lastWidth = width;
    const base = this.axis.scale(this.domain, width);
    this.scale = rescale(base, this.transform);
    const stretch = panWindow(base, this.transform, width, width * PAN_QUANTUM);
    // Laid out again when the stretch or how labels are marked changes (a new language's "c."), not for every new table.
    const { circa } = this.strings.dateWords;
    const layoutKey = `${stretch.key} ${circa}`;
    if (layoutKey !== this.layoutKey || changed.has('data') || changed.has('lanes')) {
      this.layoutKey = layoutKey;
      const options = { ...LAYOUT, lanes: this.laneList, circa };
      this.layout = layoutTimeline(this.index, this.laneOfEvent, stretch.scale, options);
    }
    this.offset = stretch.offset;
    const view = this.scale.domain().map(Number) as [number, number];
    this.marks = inView(this.layout.marks, view);
    this.clusters = inView(this.layout.clusters, view);
    this.drawn = new Set(this.marks.map((mark) => mark.event.id));
    this.bands = this.layout.bands;
    this.height = AXIS_HEIGHT + this.layout.height + 8;
    const [min, max] = this.domain;
    this.zoomExtent = [0.25, Math.max(1, (+max - +min) / MIN_SPAN)];
  }

  protected override firstUpdated(): void {
    // Fetched once the first frame is on screen: no first frame needs them, and the buttons and keys zoom meanwhile.
    void loadAfterFrame(ZOOM_GESTURES).then(() => this.attachGestures());
    void loadAfterFrame(GESTURE_CANVAS).then(() => this.loadGestureCanvas());
  }

  /** The gestures' canvas, made when its chunk arrives (then prepared, as after each draw); settles when its drawer has arrived or failed to. */
  private loadGestureCanvas(): Promise<unknown> {
    return GESTURE_CANVAS.load().then((module) => {
      if (!module) return undefined;
      if (!this.gestureCanvas) {
        this.gestureCanvas = new module.GestureCanvas(this, GEOMETRY, {
          canvas: () => this.canvasElement,
          frame: () => this.gestureFrame(),
          live: () => this.live,
        });
        if (this.hasUpdated && this.isConnected) this.prepareGestureCanvas();
      }
      return this.gestureCanvas.load();
    });
  }

  /** Listens for gestures on the drawing, once their chunk has arrived, while connected. */
  private attachGestures(): void {
    const module = ZOOM_GESTURES.value;
    if (!module || !this.svgElement || !this.isConnected) return;
    (this.gestures ??= new module.ZoomGestures(this)).attach(this.frameElement, this.svgElement);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachGestures();
    if (this.hasUpdated) this.prepareGestureCanvas();
  }

  /** The dates in view now, so another renderer can take over the same range. */
  visibleRange(): [Date, Date] {
    const [from, to] = this.scale.domain();
    return [new Date(+from), new Date(+to)];
  }

  /**
   * Zooms and pans to `transform` (gestures, buttons, keys, revealing an event). `live` frames, those
   * of a gesture that goes on, are drawn on the canvas; anything else brings the elements up to date.
   */
  zoomTo(transform: ZoomTransform, live = false): void {
    // A pan moves the laid-out stretch whole (pan-window.ts), which costs the elements little: only
    // zoom steps, which move every mark, go to the canvas (and a pan that follows one, until it pauses).
    const drawsOnCanvas = live && (this.live || transform.k !== this.transform.k);
    this.transform = transform;
    if (!drawsOnCanvas || !this.gestureCanvas?.ready) {
      this.gestureEnded();
      return;
    }
    if (!this.live) this.gestureCanvas?.start();
    this.live = true;
    this.clearPauseTimer();
    // A drag or pinch ends when its pointers lift (zoom-gestures.ts says so); a wheel has no end but a pause.
    if (this.gestures?.holding) return;
    liveResources.timers++;
    this.pauseTimer = setTimeout(() => this.gestureEnded(), GESTURE_PAUSE);
  }

  gestureEnded(): void {
    this.clearPauseTimer();
    this.live = false;
  }

  /**
   * Resolves once no gesture is under way and the marks' elements show the view (after a wheel
   * gesture pauses), and the gestures and their canvas have arrived (or failed to).
   */
  get settled(): Promise<void> {
    const drawn = this.live ? new Promise<void>((resolve) => this.settledWaiters.push(resolve)) : this.updateComplete;
    return Promise.all([drawn, this.loadGestureCanvas(), ZOOM_GESTURES.load()]).then(async () => {
      if (await this.firstUse.settled()) await this.updateComplete;
    });
  }

  private clearPauseTimer(): void {
    if (this.pauseTimer === undefined) return;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    liveResources.timers--;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A gesture's frame goes on the canvas (when it can be drawn); anything else to the elements.
    if (!this.live || !this.gestureCanvas?.draw()) {
      this.live = false;
      this.drawMarks();
      for (const resolve of this.settledWaiters.splice(0)) resolve();
      this.prepareGestureCanvas();
    }
    if (changed.has('selected') && this.selected) this.revealEvent(this.selected);
    if (this.pendingFocus && this.focusId) {
      // Still inside a cluster: zoom in again before focusing.
      if (this.revealEvent(this.focusId)) return;
      this.pendingFocus = false;
      this.markElement(this.focusId)?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gestures?.detach();
    this.clearHintTimer();
    this.gestureEnded();
  }

  private clearHintTimer(): void {
    if (this.hintTimer === undefined) return;
    clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    liveResources.timers--;
  }

  protected override render() {
    const width = this.width.current;
    const t = this.strings;
    return html`
      ${zoomButtons(t, (factor) => this.zoomBy(factor), this.resetZoom)}
      <div class="frame" dir="ltr" @wheel=${this.onWheel} @click=${this.onFrameClick} @focusin=${this.onFrameFocus}>
        <svg
          class="canvas"
          width=${width}
          height=${this.height}
          viewBox="0 0 ${width} ${this.height}"
          role="group"
          aria-label=${format(t.timelineLabel, { title: this.data.title, count: this.data.events.length }, this.locale)}
          @keydown=${this.onKeydown}
        >
          ${this.renderAxis()} ${this.renderLanes(width)}
          <g class="stretch" transform="translate(${this.offset},0)">
            ${this.renderRelations()}
            <g class="events ${this.live ? 'waiting' : ''}"></g>
            <g class="clusters ${this.live ? 'waiting' : ''}"></g>
          </g>
        </svg>
        <div class="overlay ${this.live ? 'waiting' : ''}" aria-hidden="true">
          <div class="shift"><div class="labels" lang=${this.contentLang}></div><div class="counts"></div></div>
        </div>
        <canvas class="gesture" aria-hidden="true" lang=${this.contentLang} ?hidden=${!this.live}></canvas>
        <p class="hint ${this.showHint ? 'visible' : ''}" dir="auto" aria-hidden=${this.showHint ? 'false' : 'true'}>
          ${t.zoomHint}
        </p>
      </div>
    `;
  }

  private renderAxis() {
    return svg`<g part="axis" class="axis">
      <line class="baseline" x1="0" x2=${this.width.current} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>
      ${this.axis.ticks(this.scale, 96, this.locale, this.strings.dateWords).map(
        (tick) => svg`<g transform="translate(${tick.x},0)" class=${tick.major ? 'tick major' : 'tick'}>
          <line y1=${AXIS_HEIGHT - 6} y2=${this.height}></line>
          <text x="4" y=${AXIS_HEIGHT - 10}>${tick.label}</text>
        </g>`,
      )}
    </g>`;
  }

  private renderLanes(width: number) {
    return svg`<g class="lanes">${this.bands.map(
      (band, index) => svg`<g part="lane" class="lane ${index % 2 ? 'odd' : ''}" transform="translate(0,${AXIS_HEIGHT + 4 + band.y})">
        <rect width=${width} height=${band.height}></rect>
        <text x="6" y="13" class="lane-label" lang=${ifDefined(laneLang(band.lane, this.lanes, this.contentLang))}>${this.laneLabel(band.lane)}</text>
      </g>`,
    )}</g>`;
  }

  /** A gesture's frame for the canvas: the view as the layers would show it. */
  private gestureFrame(): { scene: CanvasScene; samples: Samples } {
    const focused = this.focusedElement();
    const state: MarkState = { selected: this.selected, tabStop: null, name: () => '' };
    return {
      scene: {
        marks: this.marks,
        clusters: this.clusters,
        offset: this.offset,
        width: this.width.current,
        height: this.height,
        focusRing: focused?.matches(':focus-visible') ? (focused as SVGElement).dataset.eventId ?? null : null,
      },
      samples: {
        event: eventNodes(GEOMETRY, state),
        label: labelNodes(GEOMETRY, state),
        cluster: clusterNodes(GEOMETRY, () => ''),
        count: countNodes(GEOMETRY),
        layers: { event: this.eventLayer, label: this.labelLayer, cluster: this.clusterLayer, count: this.countLayer },
        selected: this.selected,
      },
    };
  }

  /** Has the canvas drawn once, unseen, while idle (gesture-canvas.ts), when there are marks to draw. */
  private prepareGestureCanvas(): void {
    if (this.marks.length) this.gestureCanvas?.prepare(this.width.width, this.data);
  }

  private focusedElement(): Element | null {
    return this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
  }

  /** The marks, labels and clusters in view, joined to their layers' nodes (dom-join.ts) rather than rendered by Lit. */
  private drawMarks(): void {
    const focused = this.focusedElement();
    const state = { selected: this.selected, tabStop: this.tabStopId(), name: (mark: EventMark) => this.names.event(mark.event) };
    const byId = (mark: EventMark) => mark.event.id;
    // Through the CSSOM, not a style attribute, which a strict Content-Security-Policy refuses.
    moveTo(this.shiftLayer, this.offset, 0);
    // What else each layer's nodes show: a pan that keeps the items and these writes nothing.
    const named = String(this.names.version);
    joinByKey(this.eventLayer, this.marks, byId, eventNodes(GEOMETRY, state), { keep: focused, version: `${named} ${state.selected}` });
    // The tab stop moves on its own (it follows the leftmost mark while nothing is focused): only
    // the nodes it leaves and reaches change, not every mark.
    for (const node of this.eventLayer.querySelectorAll<SVGElement>('[tabindex="0"]')) {
      if (node.dataset.eventId !== state.tabStop) setAttr(node, 'tabindex', -1);
    }
    const stop = state.tabStop ? this.markElement(state.tabStop) : null;
    if (stop) setAttr(stop, 'tabindex', 0);
    joinByKey(this.clusterLayer, this.clusters, clusterKey, clusterNodes(GEOMETRY, (cluster) => this.names.cluster(cluster)), { version: named });
    joinByKey(this.labelLayer, this.marks.filter((mark) => mark.label), byId, labelNodes(GEOMETRY, state), { ordered: false, version: String(state.selected) });
    joinByKey(this.countLayer, this.clusters.filter((cluster) => showsCount(cluster, GEOMETRY.markSize)), clusterKey, countNodes(GEOMETRY), { ordered: false });
  }

  /**
   * One listener for every mark, label and cluster, rather than one on each. On the frame, not an SVG
   * element: Chromium makes an SVG element with a focus listener focusable.
   */
  private async onFrameClick(event: MouseEvent): Promise<void> {
    let clicked = event.target as Element;
    if (clicked === this.canvasElement) {
      // A click while a gesture's frame is shown: bring the elements up to date, then find what is under the pointer.
      this.gestureEnded();
      await this.updateComplete;
      clicked = this.shadowRoot?.elementFromPoint(event.clientX, event.clientY) ?? clicked;
    }
    const target = clicked.closest<SVGElement | HTMLElement>('[data-event-id], [data-for], [data-cluster]');
    if (!target) return;
    const id = target.dataset.eventId ?? target.dataset.for;
    if (id) this.requestSelect(id);
    else {
      const cluster = this.clusters.find((candidate) => clusterKey(candidate) === target.dataset.cluster);
      if (cluster) this.showRange(clusterTimes(cluster));
    }
  }

  private onFrameFocus(event: FocusEvent): void {
    const id = (event.target as Element).closest<SVGElement>('[data-event-id]')?.dataset.eventId;
    if (id) this.focusId = id;
  }

  /** Connectors from the selected event to the visible events it is linked with (or their clusters), as arcs. */
  private renderRelations() {
    if (!this.selected || !this.relatedEvents.length) return nothing;
    const from = this.marks.find((mark) => mark.event.id === this.selected);
    const relations = from && this.firstUse.arrived(RELATIONS);
    if (!from || !relations) return nothing;
    const { arcPath, relationEnds } = relations;
    const ends = relationEnds({ marks: this.marks, drawn: this.drawn, clusters: this.clusters }, this.relatedEvents, this.laneList, this.lanes);
    const top = GEOMETRY.top;
    return svg`<g class="relations" aria-hidden="true">${ends.map(
      (to) => svg`<path part="relation" class="relation" data-from=${from.event.id} data-to=${to.id} d=${arcPath(from.x, top + from.y, to.x, top + to.y)}></path>`,
    )}</g>`;
  }

  private laneLabel(lane: Lane): string {
    return laneLabel(lane, this.lanes, this.strings);
  }


  /** The event holding the tab stop: the focused one if drawn, else the selected one, else the first drawn. */
  private tabStopId(): string | null {
    if (this.focusId && this.drawn.has(this.focusId)) return this.focusId;
    if (this.selected && this.drawn.has(this.selected)) return this.selected;
    const leftmost = this.marks.reduce<EventMark | undefined>((best, mark) => (best && best.x <= mark.x ? best : mark), undefined);
    return leftmost?.event.id ?? null;
  }

  private requestSelect(id: string): void {
    this.focusId = id;
    this.dispatchEvent(new SelectRequestEvent(id));
  }

  /** Focuses an event's mark (after the panel closes), panning to it if needed. */
  focusEvent(id: string): void {
    this.focusId = id;
    this.pendingFocus = true;
    this.revealEvent(id);
    this.requestUpdate();
  }

  private markElement(id: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`[data-event-id="${id}"]`);
  }

  /** The keyboard model (timeline-keys.ts); moving focus reveals the event, zooming into a cluster if need be. */
  private onKeydown(event: KeyboardEvent): void {
    handleTimelineKey(event, this.data.events, this.focusId ?? this.tabStopId(), {
      zoomBy: (factor) => this.zoomBy(factor),
      fit: this.resetZoom,
      select: (id) => this.requestSelect(id),
      focus: (id) => this.focusEvent(id),
    });
  }

  /**
   * Brings an event's own mark into view: pans to it when it is off screen, and zooms in
   * around it when it is hidden in a cluster (again on the next update, until it shows).
   */
  private revealEvent(id: string): boolean {
    // A search, not a map of every event: this runs when focus moves, not on every frame.
    const event = this.data.events.find((candidate) => candidate.id === id);
    if (!event || !this.svgElement || this.drawn.has(id)) return false;
    const range = revealRange(event, this.scale.domain() as [Instant, Instant], MIN_SPAN);
    if (range) this.showRange(range);
    return range !== null;
  }

  /** Zooms and pans to show a range; gestures continue from there. */
  private showRange(range: readonly [Instant, Instant]): void {
    const { k, x } = rangeTransform(this.domain, range, this.width.current, this.axis.scale);
    this.zoomTo({ k, x });
  }

  private zoomBy(factor: number): void {
    this.zoomTo(zoomAround(this.transform, factor, this.width.current / 2, this.zoomExtent));
  }

  private resetZoom = (): void => {
    this.zoomTo(IDENTITY);
  };

  /** A plain wheel scrolls the page; say once, briefly, how to zoom instead. */
  private onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) return;
    this.showHint = true;
    this.clearHintTimer();
    liveResources.timers++;
    this.hintTimer = setTimeout(() => {
      this.showHint = false;
      this.clearHintTimer();
    }, 1800);
  }
}
