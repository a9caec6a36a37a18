import { sendMouse } from '@web/test-runner-commands';
import type { ArchiveTimeline } from '../../src/index.js';
import type { RendererName, TimelineRenderer } from '../../src/components/renderer.js';
import { loadTimeline, waitFor } from './helpers.js';

/** The renderer element inside <archive-timeline>, whichever it is. */
export function rendererOf(element: ArchiveTimeline): TimelineRenderer | null {
  return element.shadowRoot!.querySelector<TimelineRenderer>('archive-timeline-view, archive-vis-view');
}

const TAGS: Record<RendererName, string> = { svg: 'archive-timeline-view', vis: 'archive-vis-view' };

/** The drawn marks of events (elements with `data-event-id`) inside the renderer's shadow root. */
export function drawnMarks(element: ArchiveTimeline): Element[] {
  return [...(rendererOf(element)?.shadowRoot?.querySelectorAll('[data-event-id]') ?? [])];
}

export function drawnMark(element: ArchiveTimeline, id: string): HTMLElement | SVGElement {
  const found = rendererOf(element)?.shadowRoot?.querySelector<HTMLElement | SVGElement>(`[data-event-id="${id}"]`);
  if (!found) throw new Error(`no mark for ${id}`);
  return found;
}

/** Waits until the given renderer is in place and shows at least one event (vis loads on first use). */
export async function drawnBy(element: ArchiveTimeline, renderer: RendererName): Promise<void> {
  const shown = (mark: Element) => mark.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  await waitFor(element, () => rendererOf(element)?.localName === TAGS[renderer] && drawnMarks(element).some(shown), 250);
}

/** Loads an <archive-timeline> with the given renderer and waits until it has drawn. */
export async function loadWithRenderer(
  renderer: RendererName,
  attributes: Record<string, string>,
  setup?: (element: ArchiveTimeline) => void,
): Promise<ArchiveTimeline> {
  const element = await loadTimeline({ ...attributes, renderer }, setup);
  await drawnBy(element, renderer);
  return element;
}

/** Whether the renderer shows an event as selected: to assistive technology and to the eye. */
export function shownSelected(element: ArchiveTimeline, id: string): boolean {
  const mark = drawnMark(element, id);
  const looksSelected = mark.classList.contains('selected') || mark.classList.contains('vis-selected');
  return looksSelected && mark.getAttribute('aria-current') === 'true';
}

/** Clicks the middle of an event's mark with the real mouse (vis listens to pointer events, not clicks). */
export async function clickMark(element: ArchiveTimeline, id: string): Promise<void> {
  const mark = drawnMark(element, id);
  mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = mark.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** The drawing area's left edge and width on screen: the pixels that `visibleRange()` spans. */
function plotArea(element: ArchiveTimeline): { left: number; width: number } {
  const root = rendererOf(element)!.shadowRoot!;
  const area = root.querySelector('svg.canvas') ?? root.querySelector('.vis-panel.vis-center');
  if (!area) throw new Error('no drawing area');
  const box = area.getBoundingClientRect();
  const border = area instanceof SVGElement ? 0 : area.clientLeft;
  return { left: box.left + border, width: area instanceof SVGElement ? box.width : area.clientWidth };
}

/** The instant at a horizontal screen position, by the renderer's own visible range. */
export function dateAtX(element: ArchiveTimeline, x: number): Date {
  const [from, to] = rendererOf(element)!.visibleRange();
  const { left, width } = plotArea(element);
  return new Date(from.getTime() + ((x - left) / width) * (to.getTime() - from.getTime()));
}

/** Where an event's mark is drawn, as a date: the middle of its shape (vis: of a point's dot). */
export function dateOfMark(element: ArchiveTimeline, id: string): Date {
  const mark = drawnMark(element, id);
  const box = (mark.querySelector('.vis-dot') ?? mark).getBoundingClientRect();
  return dateAtX(element, box.left + box.width / 2);
}

/** The dates of the axis's tick lines. */
export function axisTickDates(element: ArchiveTimeline): Date[] {
  const root = rendererOf(element)!.shadowRoot!;
  const svgTicks = [...root.querySelectorAll('.axis .tick line')].map((line) => {
    const box = line.getBoundingClientRect();
    return box.left + box.width / 2;
  });
  const visTicks = [...root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-grid.vis-vertical')].map(
    (line) => line.getBoundingClientRect().left,
  );
  return [...svgTicks, ...visTicks].map((x) => dateAtX(element, x));
}
