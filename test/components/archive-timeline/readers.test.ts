import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { ArchiveTimeline } from '../../../src/index.js';
import { CORPUS, SMALL, barWidth, cleanup, label, loadTimeline, mark, marks, panel, panelPart, settle, view, waitFor } from '../helpers.js';
import { loadWithRenderer, rendererOf } from '../renderer-helpers.js';

const root = (element: ArchiveTimeline) => element.shadowRoot!;
const viewRoot = (element: ArchiveTimeline) => view(element)!.shadowRoot!;
/** The deepest focused element, through shadow roots. */
const active = () => {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};
const live = (element: ArchiveTimeline) => root(element).querySelector('[aria-live="polite"]')!.textContent!.trim();
const list = (element: ArchiveTimeline) => root(element).querySelector('archive-event-list')?.shadowRoot ?? null;
const press = async (element: ArchiveTimeline, key: string) => {
  await sendKeys({ press: key });
  await settle(element);
};

afterEach(async () => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
  await setViewport({ width: 1280, height: 900 });
  await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  await executeServerCommand('emulate-forced-colors', { active: false });
  await executeServerCommand('emulate-touch-screen', { active: false });
  document.documentElement.removeAttribute('lang');
});

describe('keyboard', () => {
  it('makes the timeline one tab stop, entered and left with Tab', async () => {
    const element = await loadTimeline({ src: SMALL });
    viewRoot(element).querySelector<HTMLButtonElement>('.fit')!.focus();
    await press(element, 'Tab');
    expect(active()).to.equal(mark(element, 'wh-307'));
    await press(element, 'Tab');
    expect(active()?.closest?.('[part~="event"]') ?? null).to.equal(null);
  });

  it('moves with arrows in time order, Home and End, and opens the panel with Enter', async () => {
    const element = await loadTimeline({ src: SMALL });
    mark(element, 'wh-307').focus();
    await press(element, 'ArrowRight');
    expect(active()).to.equal(mark(element, 'first-meeting'));
    await press(element, 'End');
    expect(active()).to.equal(mark(element, 'potsdam'));
    await press(element, 'Home');
    expect(active()).to.equal(mark(element, 'wh-307'));
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    const selected = oneEvent(element, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('cable');
    await settle(element);
    expect(active()).to.equal(panelPart(element, 'panel')!.querySelector('h3'));
  });

  it('selects with Space too, and Escape closes the panel and returns focus to the event', async () => {
    const element = await loadTimeline({ src: SMALL });
    mark(element, 'wh-307').focus();
    await press(element, ' ');
    expect(element.selected).to.equal('wh-307');
    await press(element, 'Escape');
    expect(element.selected).to.equal(null);
    expect(panel(element)).to.equal(null);
    expect(active()).to.equal(mark(element, 'wh-307'));
  });

  it('zooms with + and -, and fits all with 0', async () => {
    const element = await loadTimeline({ src: SMALL });
    const before = barWidth(element, 'potsdam');
    mark(element, 'potsdam').focus();
    await press(element, '+');
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before * 1.6, 2);
    await press(element, '-');
    await press(element, '-');
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before / 1.6, 2);
    await press(element, '0');
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before, 1);
  });

  it('pans to keep the focused event in view', async () => {
    const element = await loadTimeline({ src: SMALL, start: '1945-06-25', end: '1945-07-03' });
    expect(marks(element).some((m) => m.dataset.eventId === 'potsdam')).to.equal(false);
    mark(element, 'monday').focus();
    await press(element, 'End');
    expect(active()).to.equal(mark(element, 'potsdam'));
  });
});

describe('screen readers', () => {
  it('names every mark with title, date with precision and uncertainty, and kind', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(mark(element, 'inline').getAttribute('aria-label')).to.equal('A note with an inline transcript, approximately July 1945, other');
    expect(mark(element, 'first-meeting').getAttribute('aria-label')!.replace(/\s/g, ' '))
      .to.equal('First Soong–Stalin meeting, June 30, 1945 at 6:30 PM (local time), meeting');
  });

  it('announces loading and selection in a polite live region', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(live(element)).to.equal('Timeline loaded: 7 events.');
    mark(element, 'cable').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(live(element)).to.equal("Selected: Harriman's navy cable, July 1, 1945 (morning).");
  });
});

describe('list view', () => {
  it('shows the same events as a chronological list with the same selection and panel', async () => {
    const element = await loadTimeline({ src: SMALL });
    root(element).querySelector<HTMLButtonElement>('[data-view="list"]')!.click();
    await settle(element);
    expect(element.getAttribute('view')).to.equal('list');
    expect(getComputedStyle(view(element)!).display).to.equal('none');
    const items = [...list(element)!.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
    expect(items.map((b) => b.dataset.eventId)).to.deep.equal(['wh-307', 'first-meeting', 'cable', 'inline', 'monday', 'lost-transcript', 'potsdam']);
    items[2].click();
    await settle(element);
    expect(element.selected).to.equal('cable');
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal("Harriman's navy cable");
    expect(list(element)!.querySelector('[aria-current="true"]')!.getAttribute('data-event-id')).to.equal('cable');
    await press(element, 'Escape');
    expect(active()).to.equal(list(element)!.querySelector('button[data-event-id="cable"]'));
  });

  it('prints the list and the open transcript, not the canvas', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(view(element)!).display).to.equal('none');
    expect(list(element)!.querySelectorAll('li')).to.have.length(7);
    const transcript = panelPart(element, 'transcript')!;
    expect(getComputedStyle(transcript).maxHeight).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(list(element)).to.equal(null);
  });
});

describe('accessibility in every state', () => {
  it('has no axe violations with an event focused', async () => {
    const element = await loadTimeline({ src: CORPUS });
    mark(element, 'harriman-cable-1945-07-01').focus();
    await expect(element).to.be.accessible();
  });

  it('has no axe violations in the list view with the panel open', async () => {
    const element = await loadTimeline({ src: CORPUS, view: 'list', selected: 'wh-307' });
    await expect(element).to.be.accessible();
  });

  it('keeps AA contrast in the dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await loadTimeline({ src: CORPUS, selected: 'harriman-cable-1945-07-01' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    expect(getComputedStyle(root(element).querySelector('.root')!).backgroundColor).to.equal('rgb(23, 24, 26)');
    await expect(element).to.be.accessible();
  });

  it('uses system colours in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    const shape = mark(element, 'cable').querySelector('.shape')!;
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    })();
    expect(getComputedStyle(shape).fill).to.equal(canvasText);
  });

  it('turns transitions off for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await loadTimeline({ src: SMALL });
    expect(getComputedStyle(viewRoot(element).querySelector('.hint')!).transitionDuration).to.equal('0s');
  });
});

describe('links that travel (deep-link)', () => {
  it('reads #event on load without clobbering other hash content, and mirrors selection', async () => {
    history.replaceState(null, '', '#chapter-2&event=wh-307');
    const element = await loadTimeline({ src: SMALL, 'deep-link': '' });
    expect(element.selected).to.equal('wh-307');
    mark(element, 'cable').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(location.hash).to.equal('#chapter-2&event=cable');
  });

  it('follows hashchange, and Back steps back through selections', async () => {
    const element = await loadTimeline({ src: SMALL, 'deep-link': '' });
    mark(element, 'wh-307').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    mark(element, 'cable').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(location.hash).to.equal('#event=cable');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await settle(element);
    expect(element.selected).to.equal('wh-307');
    location.hash = '#event=monday';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(element);
    expect(element.selected).to.equal('monday');
  });

  it('keeps filter and search in the URL', async () => {
    const element = await loadTimeline({ src: SMALL, 'deep-link': '' });
    root(element).querySelector<HTMLButtonElement>('.legend button[data-kind="meeting"]')!.click();
    await settle(element);
    expect(location.hash).to.equal('#hide=meeting');
    cleanup();
    history.replaceState(null, '', '#hide=meeting&q=harriman');
    const again = await loadTimeline({ src: SMALL, 'deep-link': '' });
    // Meetings hidden; "harriman" is in the cable's title and in No. 307's summary.
    expect(marks(again).map((m) => m.dataset.eventId)).to.have.members(['wh-307', 'cable']);
    expect(root(again).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('harriman');
  });

  it('opens the event of a shared link even without deep-link, and offers the copy control in every panel', async () => {
    history.replaceState(null, '', '#event=monday');
    const element = await loadTimeline({ src: SMALL });
    expect(element.selected).to.equal('monday');
    expect(panel(element)!.shadowRoot!.querySelector('button.copy')!.textContent).to.equal('Copy link to this event');
  });

  it('copies a link to the event from the panel', async () => {
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      const element = await loadTimeline({ src: SMALL, 'deep-link': '', selected: 'cable' });
      panel(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      await settle(element);
      expect(copied).to.equal(`${location.origin}${location.pathname}${location.search}#event=cable`);
      // Said by a live region of its own: the transcript's loading status may still be showing in another.
      const statuses = [...panel(element)!.shadowRoot!.querySelectorAll('[role="status"]')].map((status) => status.textContent!.trim());
      expect(statuses).to.include('Link copied.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});

describe('relations you can see', () => {
  it('draws connectors from the July 1 cable to No. 307 and the June 30 and July 2 meetings, and lists them', async () => {
    const element = await loadTimeline({ src: CORPUS, selected: 'harriman-cable-1945-07-01', width: '1400px' });
    const targets = [...viewRoot(element).querySelectorAll<SVGPathElement>('[part~="relation"]')].map((p) => p.dataset.to);
    expect(targets).to.include.members(['wh-307', 'soong-stalin-1945-06-30', 'soong-stalin-1945-07-02']);
    const refersTo = [...panel(element)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.dataset.eventId);
    expect(refersTo).to.include.members(['wh-307', 'soong-stalin-1945-06-30', 'soong-stalin-1945-07-02']);
  });

  it('draws no connectors without a selection', async () => {
    const element = await loadTimeline({ src: CORPUS });
    expect(viewRoot(element).querySelectorAll('[part~="relation"]')).to.have.length(0);
  });
});

describe('reading in order, finding things', () => {
  it('steps through events in time order with Previous and Next, within the filter', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'wh-307' });
    const step = (name: string) => panel(element)!.shadowRoot!.querySelector<HTMLButtonElement>(`button.${name}`)!;
    expect(step('previous').disabled).to.equal(true);
    step('next').click();
    await settle(element);
    expect(element.selected).to.equal('first-meeting');
    root(element).querySelector<HTMLButtonElement>('.legend button[data-kind="meeting"]')!.click();
    await settle(element);
    element.selected = 'wh-307';
    await settle(element);
    step('next').click();
    await settle(element);
    expect(element.selected).to.equal('cable');
    expect(step('next').getAttribute('aria-label')).to.equal('Next: A note with an inline transcript');
  });

  it('filters by kind from the legend', async () => {
    const element = await loadTimeline({ src: SMALL });
    const toggle = root(element).querySelector<HTMLButtonElement>('.legend button[data-kind="meeting"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await settle(element);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(marks(element).map((m) => m.dataset.eventId)).to.not.include.members(['first-meeting']);
    expect(marks(element)).to.have.length(5);
  });

  it('searches titles, summaries and participants, highlighting the matches', async () => {
    const element = await loadTimeline({ src: SMALL, view: 'list' });
    const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'soong' });
    await settle(element);
    const items = [...list(element)!.querySelectorAll<HTMLButtonElement>('button[data-event-id]')].map((b) => b.dataset.eventId);
    expect(items).to.deep.equal(['first-meeting', 'cable', 'monday']);
    expect([...list(element)!.querySelectorAll('mark')].map((m) => m.textContent)).to.include('Soong');
    expect(live(element)).to.equal('3 events match.');
  });

  it('searches loaded transcripts too', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'commence';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(element);
    expect(marks(element).map((m) => m.dataset.eventId)).to.deep.equal(['cable']);
    expect(panelPart(element, 'transcript')!.querySelector('mark')!.textContent).to.equal('commence');
  });
});

describe('touch and small screens', () => {
  it('gives every event a tap target of at least 24 × 24 px', async () => {
    const element = await loadTimeline({ src: SMALL });
    for (const m of marks(element)) {
      const box = m.querySelector('.hit')!.getBoundingClientRect();
      expect(box.width, m.dataset.eventId).to.be.at.least(24);
      expect(box.height, m.dataset.eventId).to.be.at.least(24);
    }
    for (const button of root(element).querySelectorAll('button')) {
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
    }
  });

  /** What a browser sends for a pointer: the pointer event on `target`, which bubbles out of the shadow roots. */
  const pointer = (target: EventTarget, type: string, x: number, y: number, pointerId = 1, pointerType = 'mouse') =>
    target.dispatchEvent(new PointerEvent(type, {
      bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, pointerId, pointerType, isPrimary: pointerId === 1, button: 0, buttons: type === 'pointerup' ? 0 : 1,
    }));

  it('pans on drag, and the drag ends with the pointer', async () => {
    const element = await loadTimeline({ src: SMALL });
    const svg = viewRoot(element).querySelector('svg.canvas')!;
    expect(getComputedStyle(svg).touchAction).to.equal('pan-y');
    const before = mark(element, 'potsdam').getBoundingClientRect().left;
    const box = svg.getBoundingClientRect();
    pointer(svg, 'pointerdown', box.left + 300, box.top + 40);
    pointer(window, 'pointermove', box.left + 250, box.top + 40);
    pointer(window, 'pointermove', box.left + 200, box.top + 40);
    pointer(window, 'pointerup', box.left + 200, box.top + 40);
    await settle(element);
    expect(mark(element, 'potsdam').getBoundingClientRect().left).to.be.closeTo(before - 100, 1);
    pointer(window, 'pointermove', box.left + 100, box.top + 40);
    await settle(element);
    expect(mark(element, 'potsdam').getBoundingClientRect().left).to.be.closeTo(before - 100, 1);
  });

  it('does not select the event a drag starts on, but a click without a drag does', async () => {
    const element = await loadTimeline({ src: SMALL });
    const target = mark(element, 'potsdam');
    const box = target.getBoundingClientRect();
    const [x, y] = [box.left + 5, box.top + box.height / 2];
    pointer(target, 'pointerdown', x, y);
    pointer(window, 'pointermove', x - 60, y);
    pointer(window, 'pointerup', x - 60, y);
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x - 60, clientY: y }));
    await settle(element);
    expect(element.selected).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve));
    const still = mark(element, 'potsdam');
    pointer(still, 'pointerdown', x - 60, y);
    pointer(window, 'pointerup', x - 59, y);
    still.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(element.selected).to.equal('potsdam');
  });

  it('tells how to zoom with what the reader points with: scrolling with Ctrl for a mouse, pinching on a touch screen', async () => {
    const shownHints = (host: Element) =>
      [...host.shadowRoot!.querySelectorAll('.zoom .caption')].filter((caption) => getComputedStyle(caption).display !== 'none').map((caption) => caption.textContent);
    const element = await loadTimeline({ src: SMALL });
    expect(shownHints(view(element)!)).to.deep.equal(['Hold Ctrl (⌘ on Mac) and scroll to zoom; drag to move.']);
    await executeServerCommand('emulate-touch-screen', { active: true });
    expect(shownHints(view(element)!)).to.deep.equal(['Pinch to zoom; drag to move.']);
    element.locale = 'ru';
    await settle(element);
    expect(shownHints(view(element)!)).to.deep.equal(['Сводите и разводите пальцы для масштабирования; перетаскивайте для перемещения.']);
    element.remove();
    const vis = await loadWithRenderer('vis', { src: SMALL });
    expect(shownHints(rendererOf(vis)!)).to.deep.equal(['Pinch to zoom; drag to move.']);
  });

  it('zooms on a two-finger pinch', async () => {
    const element = await loadTimeline({ src: SMALL });
    const svg = viewRoot(element).querySelector('svg.canvas')!;
    const before = barWidth(element, 'potsdam');
    const box = svg.getBoundingClientRect();
    const y = box.top + 60;
    pointer(svg, 'pointerdown', box.left + 400, y, 1, 'touch');
    pointer(svg, 'pointerdown', box.left + 500, y, 2, 'touch');
    pointer(window, 'pointermove', box.left + 350, y, 1, 'touch');
    pointer(window, 'pointermove', box.left + 550, y, 2, 'touch');
    pointer(window, 'pointerup', box.left + 350, y, 1, 'touch');
    pointer(window, 'pointerup', box.left + 550, y, 2, 'touch');
    await settle(element);
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before * 2, 3);
  });

  it('keeps rows and labels while a drag pans: the marks only shift', async () => {
    // "second" is packed below "first", whose long label covers it; "first" then leaves the view on the left.
    const element = await loadTimeline({}, (el) => (el.events = [
      { id: 'first', title: 'The first cable, with a long title', date: '1945-07-01', kind: 'cable' },
      { id: 'second', title: 'The second cable', date: '1945-07-05', kind: 'cable' },
      { id: 'later', title: 'Later', date: '1945-08-30', kind: 'cable' },
    ]));
    const svg = viewRoot(element).querySelector('svg.canvas')!;
    const before = mark(element, 'second').getBoundingClientRect();
    const labelBefore = label(element, 'second').getBoundingClientRect();
    expect(before.top).to.be.above(mark(element, 'first').getBoundingClientRect().top);
    const box = svg.getBoundingClientRect();
    pointer(svg, 'pointerdown', box.left + 400, box.top + 40);
    for (const x of [370, 340, 310]) pointer(window, 'pointermove', box.left + x, box.top + 40);
    await settle(element);
    expect(marks(element).map((m) => m.dataset.eventId)).not.to.include('first');
    const after = mark(element, 'second').getBoundingClientRect();
    expect(after.left).to.be.closeTo(before.left - 90, 0.5);
    expect(after.top).to.equal(before.top);
    expect(label(element, 'second').getBoundingClientRect().top).to.equal(labelBefore.top);
    expect(label(element, 'second').getBoundingClientRect().left).to.be.closeTo(labelBefore.left - 90, 0.5);
    pointer(window, 'pointerup', box.left + 310, box.top + 40);
  });

  it('keeps one tab stop, on the leftmost mark, when a drag takes the mark that held it out of view', async () => {
    const element = await loadTimeline({}, (el) => (el.events = [
      { id: 'first', title: 'First', date: '1945-07-01', kind: 'cable' },
      { id: 'second', title: 'Second', date: '1945-07-20', kind: 'cable' },
      { id: 'third', title: 'Third', date: '1945-08-30', kind: 'cable' },
    ]));
    const stops = () => marks(element).filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.eventId);
    expect(stops()).to.deep.equal(['first']);
    const svg = viewRoot(element).querySelector('svg.canvas')!;
    const box = svg.getBoundingClientRect();
    const shift = mark(element, 'first').getBoundingClientRect().right - box.left + 2;
    pointer(svg, 'pointerdown', box.left + 500, box.top + 40);
    pointer(window, 'pointermove', box.left + 500 - shift, box.top + 40);
    await settle(element);
    pointer(window, 'pointerup', box.left + 500 - shift, box.top + 40);
    expect(marks(element).map((m) => m.dataset.eventId)).not.to.include('first');
    expect(stops()).to.deep.equal(['second']);
  });

  it('keeps each cluster on its own node while a drag pans, when another cluster leaves the view', async () => {
    // Three days crowded enough to make a cluster each in one lane, and one event to stretch the view.
    const crowd = (day: string) => Array.from({ length: 12 }, (_, i) => ({ id: `c${day}-${i}`, title: `Cable ${i}`, date: `1945-07-${day}`, kind: 'cable' as const }));
    const element = await loadTimeline({}, (el) => (el.events = [
      ...crowd('02'), ...crowd('12'), ...crowd('22'), { id: 'end', title: 'End', date: '1945-09-30', kind: 'cable' as const },
    ]));
    const clusters = () => [...viewRoot(element).querySelectorAll<SVGElement>('[part="cluster"]')];
    const before = new Map(clusters().map((node) => [node, node.getAttribute('aria-label')]));
    expect(before.size).to.equal(3);
    const first = clusters()[0];
    const svg = viewRoot(element).querySelector('svg.canvas')!;
    const box = svg.getBoundingClientRect();
    const shift = first.getBoundingClientRect().right - box.left + 2;
    pointer(svg, 'pointerdown', box.left + 500, box.top + 40);
    pointer(window, 'pointermove', box.left + 500 - shift, box.top + 40);
    await settle(element);
    pointer(window, 'pointerup', box.left + 500 - shift, box.top + 40);
    // Plain values in the assertions: chai describing SVG elements in a failure message never finishes.
    const after = clusters();
    expect(after.length).to.equal(2);
    expect(after.includes(first), 'the node of the cluster that left is gone').to.equal(false);
    expect(after.map((node) => node.getAttribute('aria-label'))).to.deep.equal(after.map((node) => before.get(node)));
  });

  it('pans from a drag and zooms from Ctrl + wheel over a label, and selects on a click on one', async () => {
    const element = await loadTimeline({ src: SMALL });
    const before = mark(element, 'potsdam').getBoundingClientRect().left;
    let box = label(element, 'potsdam').getBoundingClientRect();
    pointer(label(element, 'potsdam'), 'pointerdown', box.left + 10, box.top + 5);
    pointer(window, 'pointermove', box.left - 40, box.top + 5);
    pointer(window, 'pointerup', box.left - 40, box.top + 5);
    await settle(element);
    expect(mark(element, 'potsdam').getBoundingClientRect().left).to.be.closeTo(before - 50, 1);
    expect(element.selected).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve));
    const width = barWidth(element, 'potsdam');
    box = label(element, 'potsdam').getBoundingClientRect();
    label(element, 'potsdam').dispatchEvent(new WheelEvent('wheel', {
      deltaY: -20, ctrlKey: true, bubbles: true, cancelable: true, composed: true, clientX: box.left + 5, clientY: box.top + 5,
    }));
    await settle(element);
    expect(barWidth(element, 'potsdam')).to.be.above(width * 1.2);
    label(element, 'potsdam').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(element.selected).to.equal('potsdam');
  });

  it('shows the panel as a bottom sheet under 600 px, with no horizontal overflow at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await loadTimeline({ src: CORPUS, selected: 'harriman-cable-1945-07-01', width: '100%' });
    const host = panel(element)!;
    expect(getComputedStyle(host).position).to.equal('fixed');
    expect(Math.round(host.getBoundingClientRect().bottom)).to.equal(640);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps Previous and Next at either end of one row under the panel, with the copy button between, at 320 and 375 px', async () => {
    for (const width of [320, 375]) {
      await setViewport({ width, height: 640 });
      const element = await loadTimeline({ src: CORPUS, selected: 'harriman-cable-1945-07-01', width: '100%' });
      const box = (selector: string) => panelPart(element, 'panel')!.querySelector(selector)!.getBoundingClientRect();
      const [previous, copy, next] = [box('.previous'), box('.copy'), box('.next')];
      const middle = (rect: DOMRect) => rect.top + rect.height / 2;
      expect(Math.abs(middle(previous) - middle(next)), `${width} px`).to.be.below(2);
      expect(Math.abs(middle(copy) - middle(next)), `${width} px`).to.be.below(2);
      expect(previous.right, `${width} px`).to.be.at.most(copy.left);
      expect(copy.right, `${width} px`).to.be.at.most(next.left);
      expect(next.right, `${width} px`).to.be.at.most(width);
      element.remove();
    }
  });
});

describe('locales', () => {
  it('writes dates and texts in Chinese for locale="zh-CN"', async () => {
    const element = await loadTimeline({ src: SMALL, locale: 'zh-CN' });
    expect(mark(element, 'cable').getAttribute('aria-label')).to.equal("Harriman's navy cable, 1945年7月1日 (上午), 电报");
    expect(root(element).querySelector('[data-view="list"]')!.textContent!.trim()).to.equal('列表');
  });

  it('takes the page language when there is no locale attribute, with Russian plurals', async () => {
    document.documentElement.lang = 'ru';
    const element = await loadTimeline({ src: SMALL });
    expect(root(element).querySelector('[data-view="timeline"]')!.textContent!.trim()).to.equal('Хронология');
    expect(live(element)).to.equal('Хронология загружена: 7 событий.');
    expect(mark(element, 'inline').getAttribute('aria-label')).to.contain('приблизительно');
  });

  it('lets a page add its own language', async () => {
    ArchiveTimeline.defineMessages('fr', { viewList: 'Liste', viewTimeline: 'Chronologie' });
    const element = await loadTimeline({ src: SMALL, locale: 'fr-FR' });
    expect(root(element).querySelector('[data-view="list"]')!.textContent!.trim()).to.equal('Liste');
    expect(mark(element, 'cable').getAttribute('aria-label')).to.contain('1 juillet 1945');
  });
});
