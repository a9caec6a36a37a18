// renderer="vis" with more events than fit: a bounded height, and lanes that scroll inside it
// without parting from their labels, for the keyboard, the browser's own focus and the wheel.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ArchiveTimeline, EventInput } from '../../../src/index.js';
import { SMALL, cleanup, waitFor } from '../../components/helpers.js';
import { drawnMark, loadWithRenderer, rendererOf } from '../../components/renderer-helpers.js';

const KINDS = ['meeting', 'cable', 'message', 'treaty', 'conference'] as const;
const COUNT = 400;

/** `COUNT` events over 1945, kinds in turn (so each step in time changes lane), a fifth of them ranges. */
function crowded(): EventInput[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const day = new Date(Date.UTC(1945, 0, 1) + Math.floor((i * 364) / COUNT) * 86_400_000).toISOString().slice(0, 10);
    const event: EventInput = { id: `e${i}`, title: `Event ${i}`, date: day, kind: KINDS[i % 5] };
    if (i % 5 === 4) event.end = new Date(Date.parse(day) + 6 * 86_400_000).toISOString().slice(0, 10);
    return event;
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const root = (element: ArchiveTimeline) => rendererOf(element)!.shadowRoot!;
const itemsPanel = (element: ArchiveTimeline) => root(element).querySelector<HTMLElement>('.vis-panel.vis-center')!;
const lanesScroller = (element: ArchiveTimeline) => root(element).querySelector<HTMLElement>('.vis-panel.vis-left')!;
/** How far vis has moved the items up, as it writes it (a transform). */
const itemsShift = (element: ArchiveTimeline) => itemsPanel(element).querySelector<HTMLElement>(':scope > .vis-content')!.style.transform;
const focusedId = (element: ArchiveTimeline) => root(element).activeElement?.getAttribute('data-event-id') ?? null;

/** The label of an event's lane on the left (its kind). */
function laneLabel(element: ArchiveTimeline, id: string): Element {
  const kind = KINDS[Number(id.slice(1)) % 5];
  return root(element).querySelector(`.vis-labelset [data-lane="${kind}"]`)!.closest('.vis-label')!;
}

/** Whether the item is in the visible part of the items' panel, level with its lane's label. */
function shownInLane(element: ArchiveTimeline, id: string): boolean {
  const item = drawnMark(element, id).getBoundingClientRect();
  const view = itemsPanel(element).getBoundingClientRect();
  const lane = laneLabel(element, id).getBoundingClientRect();
  return item.top >= view.top && item.bottom <= view.bottom && item.top >= lane.top && item.bottom <= lane.bottom;
}

/** What the walk sees, for a failure's message: the zone and language, the focus and where things are. */
function state(element: ArchiveTimeline): string {
  const id = focusedId(element);
  const drawn = root(element).querySelectorAll('.vis-item[data-event-id]').length;
  const span = (e: Element | null) => (e ? `${Math.round(e.getBoundingClientRect().top)}..${Math.round(e.getBoundingClientRect().bottom)}` : '-');
  const item = id ? root(element).querySelector(`[data-event-id="${id}"]`) : null;
  const where = `item ${span(item)}, its lane ${id ? span(laneLabel(element, id)) : '-'}, panel ${span(itemsPanel(element))}`;
  const zone = `${Intl.DateTimeFormat().resolvedOptions().timeZone}, ${navigator.language}`;
  return `${zone}: focus on ${id ?? document.activeElement?.localName}, ${drawn} items drawn, ${where}, lanes scrolled ${lanesScroller(element).scrollTop} px, items ${itemsShift(element)}`;
}

/**
 * Focuses the first event. vis may still be redrawing just after its first draw, and a redraw can
 * drop the focus (a known limit of the vis renderer, see the README): so until the focus holds.
 */
async function focusFirst(element: ArchiveTimeline): Promise<void> {
  const first = drawnMark(element, 'e0') as HTMLElement;
  await waitFor(element, () => {
    const held = focusedId(element) === 'e0';
    if (!held) first.focus();
    return held;
  }, 50, 'the focus to hold on e0');
}

async function loadCrowded(style = ''): Promise<ArchiveTimeline> {
  return loadWithRenderer('vis', { style }, (element) => (element.events = crowded()));
}

before(() => setViewport({ width: 1280, height: 900 }));
afterEach(cleanup);

describe('renderer="vis" with more events than fit', () => {
  it('stays within --archive-timeline-vis-max-height (640 px by default) and scrolls its lanes inside', async () => {
    const element = await loadCrowded();
    const timeline = root(element).querySelector('.vis-timeline')!;
    expect(timeline.getBoundingClientRect().height).to.be.within(400, 640);
    expect(lanesScroller(element).scrollHeight).to.be.above(lanesScroller(element).clientHeight);
    cleanup();
    const lower = await loadCrowded('--archive-timeline-vis-max-height: 300px');
    expect(root(lower).querySelector('.vis-timeline')!.getBoundingClientRect().height).to.be.within(200, 300);
    cleanup();
    const unbounded = await loadCrowded('--archive-timeline-vis-max-height: none');
    expect(root(unbounded).querySelector('.vis-timeline')!.getBoundingClientRect().height).to.be.above(700);
  });

  it('moves with the arrow keys to events in lanes scrolled out of view, showing each beside its lane', async function () {
    // Each step waits for up to three of vis's redraws of 400 items: slow when six browsers share two cores.
    this.timeout(40_000);
    const element = await loadCrowded();
    await focusFirst(element);
    let scrolled = 0;
    for (let i = 1; i <= 12; i++) {
      const before = focusedId(element);
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(element, () => {
        const id = focusedId(element);
        return id !== null && id !== before && shownInLane(element, id);
      }, 150, () => `step ${i}: focus moves on from ${before} to an event shown beside its lane (${state(element)})`);
      scrolled = Math.max(scrolled, lanesScroller(element).scrollTop);
      expect(itemsPanel(element).scrollTop, 'the items panel itself never scrolls').to.equal(0);
      expect(scrollY, 'the page stays put').to.equal(0);
    }
    expect(scrolled, 'some step scrolled the lanes').to.be.above(0);
  });

  it('focuses the event all the same when vis keeps holding a scroll back', async () => {
    const element = await loadCrowded();
    const lanes = lanesScroller(element);
    // As if vis cut every scroll short of its target: each try still scrolls (so vis redraws), never enough.
    const scroller = (rendererOf(element) as unknown as { scroller: { reveal: () => boolean } }).scroller;
    scroller.reveal = () => {
      lanes.scrollTop = lanes.scrollTop ? 0 : 1;
      return true;
    };
    await focusFirst(element);
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(element, () => focusedId(element) === 'e1', 50, () => `the focus on e1 (${state(element)})`);
  });

  it('hands a scroll made by the browser for focus (Tab, a screen reader) to vis: the item stays beside its lane', async () => {
    const element = await loadCrowded();
    const view = itemsPanel(element).getBoundingClientRect();
    const below = [...root(element).querySelectorAll<HTMLElement>('.vis-item[data-event-id]')].find(
      (item) => item.getBoundingClientRect().top > view.bottom + 40,
    )!;
    below.focus();
    expect(itemsPanel(element).scrollTop, 'the browser scrolled the panel natively').to.be.above(0);
    const id = below.dataset.eventId!;
    // vis redraws after the scroll events of the next frames.
    await waitFor(element, () => shownInLane(element, id), 50, `${id} shown beside its lane`);
    expect(itemsPanel(element).scrollTop).to.equal(0);
    expect(lanesScroller(element).scrollTop).to.be.above(0);
    expect(focusedId(element)).to.equal(id);
  });

  it('scrolls its lanes with a plain wheel, and zooms with Ctrl + wheel', async () => {
    const element = await loadCrowded();
    const panel = itemsPanel(element);
    const [from, to] = rendererOf(element)!.visibleRange();
    const wheel = new WheelEvent('wheel', { deltaY: 60, bubbles: true, cancelable: true });
    panel.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'the page does not scroll too').to.equal(true);
    expect(lanesScroller(element).scrollTop).to.equal(60);
    await waitFor(element, () => itemsShift(element) === 'translateY(-60px)', 50, 'the items follow');
    const [from2, to2] = rendererOf(element)!.visibleRange();
    expect([from2.getTime(), to2.getTime()]).to.deep.equal([from.getTime(), to.getTime()]);
    panel.dispatchEvent(new WheelEvent('wheel', { deltaY: 200, ctrlKey: true, bubbles: true, cancelable: true, clientX: 600, clientY: 400 }));
    await nextFrame();
    const [from3, to3] = rendererOf(element)!.visibleRange();
    expect(to3.getTime() - from3.getTime()).to.be.below(to.getTime() - from.getTime());
  });

  it('throws nothing when taken out of the page or switched to renderer="svg" with its lanes scrolled', async () => {
    const errors: string[] = [];
    const record = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', record);
    try {
      for (const leave of ['remove', 'switch'] as const) {
        const element = await loadCrowded();
        itemsPanel(element).dispatchEvent(new WheelEvent('wheel', { deltaY: 60, bubbles: true, cancelable: true }));
        await waitFor(element, () => itemsShift(element) === 'translateY(-60px)', 50, 'the lanes scroll');
        if (leave === 'remove') element.remove();
        else element.renderer = 'svg';
        for (let i = 0; i < 5; i++) await nextFrame();
        cleanup();
      }
    } finally {
      window.removeEventListener('error', record);
    }
    expect(errors).to.deep.equal([]);
  });

  it('makes the lanes a named region in the tab order while they scroll, which the arrow keys scroll', async () => {
    const element = await loadCrowded();
    const lanes = lanesScroller(element);
    expect([lanes.getAttribute('role'), lanes.getAttribute('aria-label'), lanes.tabIndex]).to.deep.equal(['region', 'Lanes', 0]);
    lanes.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(element, () => lanes.scrollTop === 40, 50, 'ArrowDown scrolls the lanes by a line');
    const moved = lanes.scrollTop;
    await waitFor(element, () => itemsShift(element) === `translateY(-${moved}px)`, 50, 'the items follow');
    expect(root(element).activeElement, 'focus stays on the lanes').to.equal(lanes);
    await sendKeys({ press: 'End' });
    await waitFor(element, () => lanes.scrollTop === lanes.scrollHeight - lanes.clientHeight, 50, 'End scrolls to the last lane');
    cleanup();
    const few = await loadWithRenderer('vis', { src: SMALL });
    expect(lanesScroller(few).hasAttribute('tabindex'), 'no tab stop when nothing scrolls').to.equal(false);
  });

  it('has no axe-core violations with its lanes scrolling inside it', async () => {
    const element = await loadCrowded();
    expect(lanesScroller(element).scrollHeight).to.be.above(lanesScroller(element).clientHeight);
    await expect(element).to.be.accessible();
  });
});
