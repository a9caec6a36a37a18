import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import { frame, until } from '../frame-helpers.js';
import { settle, waitFor } from '../helpers.js';

/**
 * A whole visit to test/fixtures/csp/visit.html, served with the strict policy of csp-middleware.mjs
 * (no 'unsafe-inline' for styles), and the same page without it. The page records every
 * `securitypolicyviolation` from its first script on.
 */
type VisitWindow = Window & typeof globalThis & { violations: string[] };

interface Visit {
  /** The violations each step of the visit caused (steps without any left out). */
  violations: Record<string, string[]>;
  /** Each label's place relative to its mark (px), by event id, when loaded and after a pan. */
  loaded: Record<string, [number, number]>;
  panned: Record<string, [number, number]>;
  /** How far the marks moved in the pan. */
  moved: number;
}

const viewRoot = (element: ArchiveTimeline) => element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!;
const visRoot = (element: ArchiveTimeline) => element.shadowRoot!.querySelector('archive-vis-view')?.shadowRoot;

/** Where each label is, relative to its event's mark. */
function labelGeometry(element: ArchiveTimeline): Record<string, [number, number]> {
  const root = viewRoot(element);
  const places: Record<string, [number, number]> = {};
  for (const label of root.querySelectorAll<HTMLElement>('[part~="label"][data-for]')) {
    const mark = root.querySelector(`[part~="event"][data-event-id="${label.dataset.for}"]`);
    if (!mark) continue;
    const [at, of] = [label.getBoundingClientRect(), mark.getBoundingClientRect()];
    places[label.dataset.for!] = [Math.round(at.left - of.left), Math.round(at.top - of.top)];
  }
  return places;
}

/** What a browser sends for a pointer, created in the frame's own window. */
function pointer(win: VisitWindow, target: EventTarget, type: string, x: number, y: number, pointerId = 1, pointerType = 'mouse'): void {
  target.dispatchEvent(new win.PointerEvent(type, {
    bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, pointerId, pointerType,
    isPrimary: pointerId === 1, button: 0, buttons: type === 'pointerup' ? 0 : 1,
  }));
}

/** A drag of `by` px (to the left when negative) across `surface`, in steps, from `x`. */
function drag(win: VisitWindow, surface: Element, by: number, x = 600): void {
  const box = surface.getBoundingClientRect();
  const y = box.top + 40;
  pointer(win, surface, 'pointerdown', box.left + x, y);
  for (const step of [0.25, 0.5, 0.75, 1]) pointer(win, win, 'pointermove', box.left + x + by * step, y);
  pointer(win, win, 'pointerup', box.left + x + by, y);
}

async function visit(page: string): Promise<Visit> {
  const iframe = await frame(page, 1000, 800);
  const win = iframe.contentWindow as VisitWindow;
  const doc = win.document;
  const element = await until(() => {
    const found = doc.querySelector<ArchiveTimeline>('archive-timeline');
    return found?.shadowRoot?.querySelector('archive-timeline-view')?.shadowRoot?.querySelectorAll('[part~="event"]').length === 7 && found;
  }, 'the events');
  await settle(element);
  const violations: Record<string, string[]> = {};
  const step = async (name: string, act: () => unknown | Promise<unknown>) => {
    await act();
    await settle(element);
    const found = win.violations.splice(0);
    if (found.length) violations[name] = found;
  };
  const root = () => element.shadowRoot!;
  const svg = () => viewRoot(element).querySelector('svg.canvas')!;
  const markLeft = (id: string) => viewRoot(element).querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect().left;

  await step('load', () => {});
  const loaded = labelGeometry(element);
  const before = markLeft('cable');
  await step('drag', () => drag(win, svg(), 250, 300));
  const moved = markLeft('cable') - before;
  const panned = labelGeometry(element);

  await step('ctrl + wheel zoom', async () => {
    const box = svg().getBoundingClientRect();
    for (let turn = 0; turn < 3; turn++) {
      svg().dispatchEvent(new win.WheelEvent('wheel', {
        bubbles: true, cancelable: true, composed: true, ctrlKey: true, deltaY: -60, clientX: box.left + 400, clientY: box.top + 60,
      }));
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
    }
  });
  await step('pinch zoom', () => {
    const box = svg().getBoundingClientRect();
    const y = box.top + 60;
    pointer(win, svg(), 'pointerdown', box.left + 400, y, 1, 'touch');
    pointer(win, svg(), 'pointerdown', box.left + 500, y, 2, 'touch');
    pointer(win, win, 'pointermove', box.left + 380, y, 1, 'touch');
    pointer(win, win, 'pointermove', box.left + 520, y, 2, 'touch');
    pointer(win, win, 'pointerup', box.left + 380, y, 1, 'touch');
    pointer(win, win, 'pointerup', box.left + 520, y, 2, 'touch');
  });
  await step('zoom buttons', async () => {
    for (const button of viewRoot(element).querySelectorAll<HTMLButtonElement>('.zoom button')) {
      button.click();
      await settle(element);
    }
  });
  await step('selecting an event, the panel and its transcript', async () => {
    viewRoot(element).querySelector<SVGElement>('[data-event-id="cable"]')!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    const panel = () => root().querySelector('archive-source-panel')?.shadowRoot;
    await waitFor(element, () => panel()?.querySelector('[part~="transcript"] [part~="mention"]'), 150, 'the transcript');
  });
  await step('the list view', async () => {
    root().querySelector<HTMLButtonElement>('[data-view="list"]')!.click();
    await waitFor(element, () => root().querySelector('archive-event-list')?.shadowRoot?.querySelector('[part~="list-item"]'), 150, 'the list');
    root().querySelector<HTMLButtonElement>('[data-view="timeline"]')!.click();
  });
  await step('a theme', () => element.setAttribute('theme', 'dark'));
  await step('a locale', () => waitFor(element, () => (element.setAttribute('locale', 'ru'), root().querySelector('[data-view="list"]')?.textContent?.trim() === 'Список'), 150, 'the Russian texts'));
  await step('an error in the data', async () => {
    element.events = [
      { id: 'kept', title: 'Kept', date: '1945-07-01', kind: 'cable' },
      { id: 'undated', title: 'Undated', kind: 'cable' } as never,
    ];
    await waitFor(element, () => root().querySelector('[role="alert"]'), 50, 'the alert');
  });
  await step('a dataset that does not load', async () => {
    element.events = undefined;
    element.src = '/misbehave/500';
    await waitFor(element, () => root().querySelector('[role="alert"] .retry'), 150, 'the load error');
  });
  await step('renderer="vis"', async () => {
    element.src = '/test/fixtures/small.json';
    element.setAttribute('renderer', 'vis');
    await waitFor(element, () => visRoot(element)?.querySelector('.vis-item[data-event-id="cable"]') && !visRoot(element)!.querySelector('.pending'), 250, 'vis');
    drag(win, visRoot(element)!.querySelector('.vis-panel.vis-center')!, -200, 400);
    for (const button of visRoot(element)!.querySelectorAll<HTMLButtonElement>('.zoom button')) button.click();
    await settle(element);
    visRoot(element)!.querySelector<HTMLElement>('.vis-item[data-event-id]')!.click();
  });
  iframe.remove();
  return { violations, loaded, panned, moved };
}

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('a whole visit under a strict Content-Security-Policy', () => {
  it('sees the policy refuse a style attribute on this page: the record of violations works', async () => {
    const iframe = await frame('/test/fixtures/csp/visit.html');
    const win = iframe.contentWindow as VisitWindow;
    const probe = win.document.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    win.document.body.append(probe);
    await until(() => win.violations.length, 'the refusal');
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    expect(win.violations[0]).to.match(/^style-src-attr inline/);
  });

  it('breaks no rule of the policy from loading to renderer="vis", and every label stays by its mark as without the policy', async () => {
    const strict = await visit('/test/fixtures/csp/visit.html');
    const open = await visit('/test/fixtures/csp/visit.html?policy=none');
    expect(strict.violations).to.deep.equal({});
    // The drag moved the marks by 250 px, and every label with its mark.
    expect(strict.moved).to.be.closeTo(250, 1);
    expect(Object.keys(strict.panned).length).to.be.above(2);
    for (const [id, place] of Object.entries(strict.panned)) expect([id, ...place]).to.deep.equal([id, ...strict.loaded[id]]);
    // And just as on the page without the policy.
    expect(strict.loaded).to.deep.equal(open.loaded);
    expect(strict.panned).to.deep.equal(open.panned);
    expect(strict.moved).to.be.closeTo(open.moved, 0.5);
  });
});

describe('the demo pages under a strict Content-Security-Policy', () => {
  const PAGES = ['index', 'iframe', 'embed', 'light-dom', 'classic-script', 'formats'];

  it('hold nothing the policy refuses: no style attribute, inline script or inline event handler', async () => {
    const refused: string[] = [];
    for (const page of PAGES) {
      const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}.html`)).text(), 'text/html');
      for (const element of doc.querySelectorAll('*')) {
        if (element.hasAttribute('style')) refused.push(`${page}: style on <${element.localName}>`);
        for (const { name } of element.attributes) if (name.startsWith('on')) refused.push(`${page}: ${name} on <${element.localName}>`);
      }
      // Data inside the element is not script: only what would run counts.
      for (const script of doc.querySelectorAll('script:not([src])')) {
        if (!['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? '')) refused.push(`${page}: an inline <script>`);
      }
    }
    expect(refused).to.deep.equal([]);
  });
});
