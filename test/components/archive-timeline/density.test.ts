import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventInput } from '../../../src/index.js';
import { cleanup, loadTimeline, mark, marks, settle, view } from '../helpers.js';

afterEach(cleanup);

/** `count` events spread over 1945, a fifth of them ranges, five kinds (deterministic). */
function synthetic(count: number): EventInput[] {
  const kinds = ['meeting', 'cable', 'message', 'treaty', 'conference'] as const;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(1945, 0, 1) + Math.floor((i * 364) / count) * 86_400_000).toISOString().slice(0, 10);
    const event: EventInput = { id: `e${i}`, title: `Event ${i}`, date: day, kind: kinds[i % 5] };
    if (i % 5 === 4) event.end = new Date(Date.parse(day) + ((i % 30) + 1) * 86_400_000).toISOString().slice(0, 10);
    return event;
  });
}

const clusters = (element: Element) => [...view(element as never)!.shadowRoot!.querySelectorAll<SVGGElement>('[part~="cluster"]')];
const domSize = (root: ShadowRoot) => root.querySelectorAll('*').length;

describe('dense data', () => {
  it('keeps the DOM small with 10,000 events: dense stretches become clusters that count their events', async () => {
    const element = await loadTimeline({}, (el) => (el.events = synthetic(10_000)));
    const shown = marks(element).length + clusters(element).reduce((sum, c) => sum + Number(c.dataset.count), 0);
    expect(shown).to.equal(10_000);
    expect(domSize(view(element)!.shadowRoot!)).to.be.below(3000);
  });

  it('does not grow the DOM with events off screen', async () => {
    const small = await loadTimeline({ start: '1945-03-01', end: '1945-03-10' }, (el) => (el.events = synthetic(2_000)));
    const fewer = domSize(view(small)!.shadowRoot!);
    cleanup();
    const large = await loadTimeline({ start: '1945-03-01', end: '1945-03-10' }, (el) => (el.events = synthetic(20_000)));
    expect(domSize(view(large)!.shadowRoot!)).to.be.below(fewer * 3);
  });

  it('names a cluster with its count and dates, and zooms in on it when clicked', async () => {
    const element = await loadTimeline({}, (el) => (el.events = synthetic(2_000)));
    const cluster = clusters(element)[0];
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ events, .+1945 – .+1945: zoom in to see them$/);
    const before = marks(element).map((m) => m.dataset.eventId);
    const count = Number(cluster.dataset.count);
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(marks(element).length).to.be.above(0);
    expect(marks(element).map((m) => m.dataset.eventId)).to.not.deep.equal(before);
    // Zoomed in on the cluster's stretch: fewer events in view than the whole year, more than one drawn.
    const shown = marks(element).length + clusters(element).reduce((sum, c) => sum + Number(c.dataset.count), 0);
    expect(shown).to.be.below(2_000);
    expect(shown).to.be.at.least(Math.min(count, 2));
  });

  it('names a cluster of events that share one date with that date once', async () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, title: `Cable ${i}`, date: '1945-07-02', kind: 'cable' as const }));
    const element = await loadTimeline({}, (el) => (el.events = [...crowd, { id: 'end', title: 'End', date: '1945-09-30', kind: 'cable' }]));
    const [cluster] = clusters(element);
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ events, [^–]*1945: zoom in to see them$/);
  });

  it('zooms in to show an event the keyboard moves to inside a cluster', async () => {
    const element = await loadTimeline({}, (el) => (el.events = synthetic(1_000)));
    const first = marks(element)[0];
    first.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    await settle(element);
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active?.getAttribute('part')).to.equal('event');
    expect(active).to.equal(mark(element, (active as SVGGElement).dataset.eventId!));
  });
});
