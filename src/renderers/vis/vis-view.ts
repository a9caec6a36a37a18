import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import moment, { type MomentInput } from 'moment';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { en, format, type Messages } from '../../i18n/messages.js';
import { laneOf, type LaneMode } from '../../layout/lanes.js';
import { eventExtent } from '../../layout/time-scale.js';
import { withCirca } from '../../model/format.js';
import type { Dataset, TimelineEvent } from '../../model/types.js';
import { SelectRequestEvent } from '../../components/events.js';
import type { TimelineRenderer } from '../../components/renderer.js';
import { WidthController } from '../../components/shared/resize-controller.js';
import { zoomButtons } from '../../components/shared/controls.js';
import { MarkNames } from '../../components/shared/names.js';
import { handleTimelineKey } from '../../components/shared/timeline-keys.js';
import { toVisGroups, toVisItems, type VisGroup, type VisItem } from './adapter.js';
import { axisFormat } from './axis-labels.js';
import { setAttribute } from './set-attribute.js';
import { VisScroller } from './vertical-scroll.js';
import { visViewStyles } from './vis-view.styles.js';

const DAY = 86_400_000;
const NO_ANIMATION = { animation: false } as const;
/** To the lane, to the item, and a little room: more means vis is holding a scroll back. */
const MAX_REVEAL_SCROLLS = 4;

/** vis draws its axis and places its ticks in the zone of the moments it is given: always UTC here. */
const utcMoment = (input?: MomentInput) => moment(input).utc();

/**
 * The optional renderer: the same dataset drawn by vis-timeline (loaded on first use, as a chunk
 * of its own), behind the same contract as the SVG view. Names, roles and the keyboard are added
 * on top of vis's DOM after each of its redraws.
 */
export class VisView extends LitElement implements TimelineRenderer {
  static override styles = visViewStyles;

  @property({ attribute: false }) data: Dataset = { title: '', events: [] };
  @property({ attribute: false }) selected: string | null = null;
  /** Ids linked with the selected event: vis draws no connectors, so they are outlined instead. */
  @property({ attribute: false }) related: readonly string[] = [];
  @property({ attribute: false }) lanes: LaneMode = 'kind';
  @property({ attribute: false }) domain: [Date, Date] = [new Date(0), new Date(DAY)];
  @property({ attribute: false }) range: [Date, Date] | null = null;
  @property({ attribute: false }) locale = 'en-US';
  @property({ attribute: false }) strings: Messages = en;
  @property({ attribute: false }) contentLang = '';

  @query('.vis-host') private container!: HTMLDivElement;

  private readonly width = new WidthController(this);
  private readonly items = new DataSet<VisItem, 'id'>();
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private timeline: Timeline | undefined;
  private byId = new Map<string, TimelineEvent>();
  private readonly names = new MarkNames();
  private readonly scroller = new VisScroller(() => this.renderRoot);
  /** The event that holds the single tab stop (roving tabindex). */
  private focusId: string | null = null;
  private pendingFocus = false;
  /** Scrolls made for the pending focus: capped, should vis keep a scroll from reaching its target. */
  private revealScrolls = 0;
  private lastWidth = 0;
  /** True from creating vis until the next update, which need not apply what vis was created with. */
  private justCreated = false;
  /**
   * Whether vis shows our window yet. vis fits its window to the items on its first draw (and,
   * given a start and end instead, stays hidden until the window changes), so the window is set
   * after that first draw, and the view stays transparent until it is.
   */
  private windowShown = false;
  /** An item that lost focus in the current task, to focus again when vis's redraw ends (see onFocusOut). */
  private refocusId: string | null = null;
  /** What vis's data sets hold now, to tell a real change from an equal copy. */
  private dataSignature = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal: vis was destroyed with it.
    if (this.hasUpdated && !this.timeline) this.createTimeline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timeline?.destroy();
    this.timeline = undefined;
    this.windowShown = false;
    this.container?.classList.add('pending');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.byId = new Map(this.data.events.map((event) => [event.id, event]));
    if (changed.has('data') || changed.has('locale') || changed.has('strings')) this.names.reset(this.locale, this.strings);
    if (changed.has('selected') && this.selected) this.focusId = this.selected;
  }

  protected override render() {
    const t = this.strings;
    return html`
      ${zoomButtons(t, (factor) => this.zoomBy(factor), this.resetZoom)}
      <div
        class="frame"
        dir="ltr"
        role="group"
        aria-label=${format(t.timelineLabel, { title: this.data.title, count: this.data.events.length }, this.locale)}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        <div class="vis-host pending"></div>
      </div>
    `;
  }

  protected override firstUpdated(): void {
    this.createTimeline();
    this.justCreated = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const timeline = this.timeline;
    if (!timeline) return;
    if (this.justCreated) {
      this.justCreated = false;
      this.lastWidth = this.width.current;
      this.decorateItems();
      return;
    }
    // <archive-timeline> passes a new `data` object on each render: only new events count.
    const eventsChanged = changed.has('data') && (changed.get('data') as Dataset | undefined)?.events !== this.data.events;
    if (eventsChanged || changed.has('lanes') || changed.has('strings') || changed.has('contentLang') || changed.has('related')) this.fillDataSets();
    if (changed.has('locale')) timeline.setOptions({ format: axisFormat(this.locale) });
    if ((changed.has('domain') || changed.has('range')) && this.windowShown) {
      if (changed.has('domain')) timeline.setOptions({ zoomMax: this.zoomMax() });
      const [from, to] = this.range ?? this.domain;
      timeline.setWindow(from, to, NO_ANIMATION);
    }
    if (changed.has('selected') || eventsChanged || changed.has('related')) {
      timeline.setSelection(this.selected ? [this.selected] : []);
      if (changed.has('selected') && this.selected) this.revealEvent(this.selected);
    }
    const width = this.width.current;
    if (this.lastWidth && width !== this.lastWidth) timeline.redraw();
    this.lastWidth = width;
    this.decorateItems();
  }

  /** The dates in view now, so another renderer can take over the same range. */
  visibleRange(): [Date, Date] {
    if (!this.timeline || !this.windowShown) return this.range ?? this.domain;
    const { start, end } = this.timeline.getWindow();
    return [new Date(start), new Date(end)];
  }

  /** Focuses an event's item (after the panel closes), moving the window to it if needed. */
  focusEvent(id: string): void {
    this.focusId = id;
    this.pendingFocus = true;
    this.revealScrolls = 0;
    this.revealEvent(id);
    this.decorateItems();
  }

  private createTimeline(): void {
    const options: TimelineOptions = {
      moment: utcMoment,
      zoomMin: DAY,
      zoomMax: this.zoomMax(),
      // A plain wheel scrolls the lanes when they overflow, else the page; Ctrl + wheel zooms.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      autoResize: false,
      // vis stacks overlapping items: 1,000 events over a year would stand 3,500 px tall.
      maxHeight: 'var(--archive-timeline-vis-max-height, 640px)',
      verticalScroll: true,
      showCurrentTime: false,
      showTooltips: false,
      selectable: true,
      multiselect: false,
      editable: false,
      groupOrder: 'order',
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      dataAttributes: ['event-id'],
      format: axisFormat(this.locale),
      // Text from data goes in as text, never through vis's innerHTML.
      template: (item: VisItem) => this.itemLabel(item),
      groupTemplate: (group: VisGroup | null) => laneLabelElement(group),
    };
    this.fillDataSets();
    const timeline = new Timeline(this.container, this.items, this.groups, options);
    this.timeline = timeline;
    timeline.setSelection(this.selected ? [this.selected] : []);
    timeline.on('select', (properties: { items: string[] }) => this.onVisSelect(properties.items));
    timeline.on('changed', () => this.onVisChanged());
    this.scroller.listen(() => this.timeline === timeline);
  }

  /** After each of vis's redraws: our window on the first, then names, roles and tab stops. */
  private onVisChanged(): void {
    const timeline = this.timeline;
    if (timeline && !this.windowShown) {
      this.windowShown = true;
      const [from, to] = this.range ?? this.domain;
      timeline.setWindow(from, to, NO_ANIMATION);
      if (this.selected) this.revealEvent(this.selected);
      // Draw again even when the window did not move, so the next `changed` reveals the view.
      timeline.redraw();
      return;
    }
    this.container.classList.remove('pending');
    this.decorateItems();
    if (this.refocusId && (this.renderRoot as ShadowRoot).activeElement === null) this.itemElements().get(this.refocusId)?.focus();
  }

  /**
   * When vis reorders its lanes (after redraw(), setOptions() and data changes) it takes their
   * elements out of the page and puts them back in the same task, which drops the focus. An item
   * that loses focus that way gets it back at the end of that redraw; focus the reader moves
   * elsewhere is left alone (the mark is cleared before the next task).
   */
  private onFocusOut(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset?.eventId;
    if (!id || event.relatedTarget) return;
    this.refocusId = id;
    queueMicrotask(() => (this.refocusId = null));
  }

  /** Brings vis's data sets in step, updating in place so that vis keeps its item elements (and focus). */
  private fillDataSets(): void {
    const groups = toVisGroups(this.data.events, this.lanes, this.strings, this.contentLang);
    const items = this.visItems();
    // <archive-timeline> hands over equal values as new objects: vis redraws (and may re-attach
    // its elements, losing focus) on every data set change, so skip changes that change nothing.
    const signature = JSON.stringify([groups, items, this.contentLang]);
    if (signature === this.dataSignature) return;
    this.dataSignature = signature;
    this.items.remove(staleIds(this.items, items));
    this.groups.remove(staleIds(this.groups, groups));
    this.groups.update(groups);
    this.items.update(items);
  }

  private visItems(): VisItem[] {
    const related = new Set(this.related);
    return toVisItems(this.data.events, this.lanes).map((item) =>
      related.has(item.id) ? { ...item, className: `${item.className} related` } : item,
    );
  }

  private itemLabel(item: VisItem): HTMLElement {
    const event = this.byId.get(item.id);
    return textElement(event ? withCirca(event, item.content, this.strings.dateWords) : item.content, this.contentLang);
  }

  /**
   * An item's name begins with the text it shows (WCAG 2.5.3, label in name): an uncertain date's
   * "c." before the title, which the name then says in words.
   */
  private itemName(event: TimelineEvent): string {
    const name = this.names.event(event);
    return event.approximate ? withCirca(event, event.title, this.strings.dateWords) + name.slice(event.title.length) : name;
  }

  /** vis fires `select` only for the reader's taps and clicks (never for setSelection). */
  private onVisSelect(ids: string[]): void {
    const id = ids[0];
    if (id === undefined) {
      // A click on empty space: the selection (and its panel) stays, as in the SVG view.
      this.timeline?.setSelection(this.selected ? [this.selected] : []);
      return;
    }
    this.requestSelect(id);
  }

  private requestSelect(id: string): void {
    this.focusId = id;
    this.dispatchEvent(new SelectRequestEvent(id));
  }

  /** What vis cannot give its items: a role, a name, a tab stop and our part name, after each redraw. */
  private decorateItems(): void {
    const elements = this.itemElements();
    const drawn = new Set(elements.keys());
    const tabStop = this.tabStopId(drawn);
    for (const [id, element] of elements) {
      const event = this.byId.get(id);
      if (!event) continue;
      setAttribute(element, 'part', 'event');
      setAttribute(element, 'role', 'button');
      setAttribute(element, 'aria-label', this.itemName(event));
      setAttribute(element, 'tabindex', id === tabStop ? '0' : '-1');
      setAttribute(element, 'aria-current', id === this.selected ? 'true' : 'false');
    }
    this.scroller.nameLanes(this.strings.lanes.region);
    if (this.pendingFocus && this.focusId) this.focusPending(elements.get(this.focusId));
  }

  /**
   * Focuses the item waiting for focus once vis shows it. vis leaves out the items of lanes
   * scrolled out of view, and focusing one below the fold would scroll behind vis's back
   * (vertical-scroll.ts): so scroll vis to its lane, then to the item, each followed by a redraw
   * that calls this again.
   */
  private focusPending(element: HTMLElement | undefined): void {
    const mayScroll = this.revealScrolls < MAX_REVEAL_SCROLLS;
    if (!element) {
      const event = this.byId.get(this.focusId!);
      if (event && mayScroll && this.scroller.revealLane(laneOf(event, this.lanes))) this.revealScrolls++;
      return;
    }
    if (mayScroll && this.scroller.reveal(element)) {
      this.revealScrolls++;
      return;
    }
    this.pendingFocus = false;
    element.focus();
  }

  /** The item elements vis has drawn now (it draws only those near the window), by event id. */
  private itemElements(): Map<string, HTMLElement> {
    const found = new Map<string, HTMLElement>();
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('.vis-item[data-event-id]')) {
      found.set(element.dataset.eventId!, element);
    }
    return found;
  }

  /**
   * The item holding the tab stop: the focused one if drawn, else the selected one, else the first in
   * view (vis also draws items just outside the window), else the first drawn.
   */
  private tabStopId(drawn: ReadonlySet<string>): string | null {
    if (this.focusId && drawn.has(this.focusId)) return this.focusId;
    if (this.selected && drawn.has(this.selected)) return this.selected;
    const [start, end] = this.visibleRange();
    let firstDrawn: string | null = null;
    for (const { id } of this.data.events) {
      if (!drawn.has(id)) continue;
      firstDrawn ??= id;
      // Where vis draws the item: a point at its instant, a range over its span.
      const item = this.items.get(id);
      if (item && item.start < end && (item.end ?? item.start) >= start) return id;
    }
    return firstDrawn;
  }

  private onFocusIn(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset?.eventId;
    if (id) this.focusId = id;
  }

  /** The same keyboard model as the default renderer (timeline-keys.ts). */
  private onKeydown(event: KeyboardEvent): void {
    if (this.scroller.laneKey(event)) return;
    handleTimelineKey(event, this.data.events, this.focusId ?? this.tabStopId(new Set(this.itemElements().keys())), {
      zoomBy: (factor) => this.zoomBy(factor),
      fit: this.resetZoom,
      select: (id) => this.requestSelect(id),
      focus: (id) => this.focusEvent(id),
    });
  }

  /** Moves the window (keeping the zoom) so that an event outside it comes to the centre. */
  private revealEvent(id: string): void {
    const event = this.byId.get(id);
    if (!event || !this.timeline) return;
    const [from, to] = eventExtent(event);
    const { start, end } = this.timeline.getWindow();
    if (from < end && to > start) return;
    this.timeline.moveTo(new Date((from.getTime() + to.getTime()) / 2), NO_ANIMATION);
  }

  private zoomBy(factor: number): void {
    if (!this.timeline) return;
    const { start, end } = this.timeline.getWindow();
    const centre = (start.getTime() + end.getTime()) / 2;
    const half = (end.getTime() - start.getTime()) / factor / 2;
    this.timeline.setWindow(new Date(centre - half), new Date(centre + half), NO_ANIMATION);
  }

  private resetZoom = (): void => {
    const [from, to] = this.domain;
    this.timeline?.setWindow(from, to, NO_ANIMATION);
  };

  /** As far out as the SVG view goes: four times the whole domain. */
  private zoomMax(): number {
    const [from, to] = this.domain;
    return Math.max(DAY, 4 * (to.getTime() - from.getTime()));
  }
}

/** The ids of a data set that are not among the wanted entries. */
function staleIds(dataSet: DataSet<VisItem, 'id'> | DataSet<VisGroup, 'id'>, wanted: readonly { id: string }[]): string[] {
  const keep = new Set(wanted.map((entry) => entry.id));
  return dataSet.getIds().map(String).filter((id) => !keep.has(id));
}

/** A text of vis's items or lanes: the data's carry their language, and each its own direction. */
function textElement(text: string, lang?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (lang !== undefined) span.lang = lang;
  span.dir = 'auto';
  return span;
}

/** A lane's label, marked with its key so that focus can find the lane of an item vis has not drawn. */
function laneLabelElement(group: VisGroup | null): HTMLElement {
  const label = textElement(group?.content ?? '', group?.lang);
  if (group) label.dataset.lane = group.id;
  return label;
}

declare global {
  interface HTMLElementTagNameMap {
    'archive-vis-view': VisView;
  }
}
