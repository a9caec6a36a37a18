import type { ArchiveTimeline } from '../../src/index.js';
import type { TimelineView } from '../../src/components/timeline-view/timeline-view.js';
import type { SourcePanel } from '../../src/components/source-panel/source-panel.js';
import '../../src/index.js';

export const SMALL = '/test/fixtures/small.json';
export const CORPUS = '/data/soong-stalin-1945.json';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Creates an <archive-timeline>, waits for its data to load (or fail) and for it to draw. */
export async function loadTimeline(
  attributes: Record<string, string>,
  setup: (element: ArchiveTimeline) => void = () => {},
): Promise<ArchiveTimeline> {
  const element = document.createElement('archive-timeline');
  element.style.width = attributes.width ?? '1000px';
  for (const [name, value] of Object.entries(attributes)) if (name !== 'width') element.setAttribute(name, value);
  setup(element);
  const settled = new Promise((resolve) => {
    element.addEventListener('timeline-load', resolve, { once: true });
    element.addEventListener('timeline-error', resolve, { once: true });
  });
  document.body.append(element);
  await settled;
  await settle(element);
  return element;
}

/** Waits until the element and its parts have rendered (including a resize measurement and the end of a gesture). */
export async function settle(element: ArchiveTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    // After a wheel gesture, until its elements are up to date (it pauses after 150 ms).
    await view(element)?.settled;
    await panel(element)?.updateComplete;
    await nextFrame();
  }
}

export function view(element: ArchiveTimeline): TimelineView | null {
  return element.shadowRoot!.querySelector('archive-timeline-view');
}

export function panel(element: ArchiveTimeline): SourcePanel | null {
  return element.shadowRoot!.querySelector('archive-source-panel');
}

/** The timeline is there to see: its view is rendered, visible and takes room (an element with no events hides it). */
export function timelineShown(element: ArchiveTimeline): boolean {
  const drawing = element.shadowRoot!.querySelector('archive-timeline-view, archive-vis-view');
  return !!drawing && getComputedStyle(drawing).visibility !== 'hidden' && drawing.getBoundingClientRect().height > 0;
}

export function marks(element: ArchiveTimeline): SVGGElement[] {
  return [...view(element)!.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')];
}

export function mark(element: ArchiveTimeline, id: string): SVGGElement {
  const found = view(element)!.shadowRoot!.querySelector<SVGGElement>(`[part~="event"][data-event-id="${id}"]`);
  if (!found) throw new Error(`no mark for ${id}`);
  return found;
}

/** An event's label in the default renderer: text over the SVG, apart from its mark. */
export function label(element: ArchiveTimeline, id: string): HTMLElement {
  const found = view(element)!.shadowRoot!.querySelector<HTMLElement>(`[part~="label"][data-for="${id}"]`);
  if (!found) throw new Error(`no label for ${id}`);
  return found;
}

export function panelPart(element: ArchiveTimeline, part: string): HTMLElement | null {
  return panel(element)?.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;
}

/** Waits until `check` returns a value, re-rendering between tries. */
export async function waitFor<T>(
  element: ArchiveTimeline,
  check: () => T | null | undefined | false,
  tries = 50,
  what: string | (() => string) = 'a condition',
): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(element);
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
}

/** Drawn width of a range event's bar: it grows by the zoom factor. */
export function barWidth(element: ArchiveTimeline, id: string): number {
  return mark(element, id).querySelector('.bar')!.getBoundingClientRect().width;
}

export function cleanup(): void {
  document.querySelectorAll('archive-timeline').forEach((element) => element.remove());
}
