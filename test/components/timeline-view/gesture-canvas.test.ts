import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ArchiveTimeline } from '../../../src/index.js';
import { IDLE_ROOM } from '../../../src/components/timeline-view/when-idle.js';
import { CORPUS, SMALL, cleanup, loadTimeline, mark, marks, settle, view } from '../helpers.js';

/**
 * A wheel or pinch gesture's frames are drawn on a canvas, and the marks' elements are brought up to
 * date once it pauses. These tests compare what the canvas drew with where the elements end up.
 */
const viewRoot = (element: ArchiveTimeline) => view(element)!.shadowRoot!;
const canvas = (element: ArchiveTimeline) => viewRoot(element).querySelector<HTMLCanvasElement>('canvas.gesture')!;
const eventLayer = (element: ArchiveTimeline) => viewRoot(element).querySelector('g.events')!;
const centre = (node: Element) => {
  const box = node.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/** A Ctrl + wheel turn over a point (zooming keeps the date under the pointer in place). */
function wheel(element: ArchiveTimeline, at: { x: number; y: number }, deltaY = -40): void {
  viewRoot(element).querySelector('svg.canvas')!.dispatchEvent(new WheelEvent('wheel', {
    deltaY, ctrlKey: true, bubbles: true, cancelable: true, composed: true, clientX: at.x, clientY: at.y,
  }));
}

/**
 * A pointer event as a browser sends it: a press on the drawing, moves and lifts on the window (where
 * the gestures follow them).
 */
function pointer(element: ArchiveTimeline, type: string, x: number, y: number, pointerId = 1, pointerType = 'mouse'): void {
  const target = type === 'pointerdown' ? viewRoot(element).querySelector('svg.canvas')! : window;
  target.dispatchEvent(new PointerEvent(type, {
    bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, pointerId, pointerType,
    isPrimary: pointerId === 1, button: 0, buttons: type === 'pointerup' ? 0 : 1,
  }));
}

/** What the canvas shows now, to read after it is hidden, with where it sits on the page. */
function snapshot(element: ArchiveTimeline) {
  const drawn = canvas(element);
  const box = drawn.getBoundingClientRect();
  const ratio = drawn.width / box.width;
  const image = drawn.getContext('2d')!.getImageData(0, 0, drawn.width, drawn.height);
  return {
    /** The pixel at a page point, as [r, g, b, a]. */
    at(x: number, y: number): number[] {
      const i = (Math.round((y - box.top) * ratio) * image.width + Math.round((x - box.left) * ratio)) * 4;
      return [...image.data.slice(i, i + 4)];
    },
    /** How many pixels of a page rectangle are close to a colour. */
    count(rect: DOMRect, colour: number[]): number {
      let n = 0;
      for (let y = rect.top; y < rect.bottom; y++) {
        for (let x = rect.left; x < rect.right; x++) if (close(this.at(x, y), colour, 40)) n++;
      }
      return n;
    },
  };
}

/** A CSS colour as the canvas paints it, [r, g, b, a]. */
function rgba(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

/** A PNG's pixels, RGBA. */
async function pixels(png: string | undefined): Promise<Uint8ClampedArray> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const context = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height).data;
}

/**
 * The canvas has been sized to the view (a canvas no one has sized is 300 × 150, and one let go is
 * 0 × 0, with its last CSS size).
 */
const sized = (element: ArchiveTimeline) => {
  const drawing = viewRoot(element).querySelector('svg.canvas')!;
  return canvas(element).width > 0 && canvas(element).style.width === `${drawing.getAttribute('width')}px`;
};

/** Something has been drawn on the canvas. */
const drawn = (element: ArchiveTimeline) => {
  const { width, height } = canvas(element);
  return width > 0 && canvas(element).getContext('2d')!.getImageData(0, 0, width, height).data.some((value, i) => i % 4 === 3 && value > 0);
};

/** The canvas has been sized to the view and drawn on, ready for a gesture. */
const prepared = (element: ArchiveTimeline) => sized(element) && drawn(element);

/** Until the canvas is prepared, or at most 20 idle periods. */
async function untilPrepared(element: ArchiveTimeline): Promise<void> {
  for (let i = 0; i < 20 && !prepared(element); i++) await new Promise((resolve) => requestIdleCallback(resolve));
}

/** A text the gesture canvas wrote: filled, or stroked as its halo; with what colour, line width and direction. */
interface Written {
  paint: 'fill' | 'stroke';
  text: string;
  color: string;
  width: number;
  direction: CanvasDirection;
}

/** Zooms out a wheel step over an event's mark, and returns what the element's canvas wrote meanwhile. */
async function writtenOnWheel(element: ArchiveTimeline, over: string): Promise<Written[]> {
  const written: Written[] = [];
  const context = CanvasRenderingContext2D.prototype;
  const { strokeText, fillText } = context;
  const spy = (paint: Written['paint'], write: typeof fillText) =>
    function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      const color = String(paint === 'stroke' ? this.strokeStyle : this.fillStyle);
      if (this.canvas === canvas(element)) written.push({ paint, text, color, width: this.lineWidth, direction: this.direction });
      write.call(this, text, x, y);
    };
  Object.assign(context, { strokeText: spy('stroke', strokeText), fillText: spy('fill', fillText) });
  try {
    wheel(element, centre(mark(element, over)), 40);
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(false);
  } finally {
    Object.assign(context, { strokeText, fillText });
  }
  return written;
}

const close = (a: number[], b: number[], tolerance = 6) => a.every((value, i) => Math.abs(value - b[i]) <= tolerance);
const fillOf = (node: Element, selector: string) => getComputedStyle(node.querySelector(selector)!).fill;

afterEach(async () => {
  cleanup();
  await executeServerCommand('emulate-forced-colors', { active: false });
});

describe('zoom gestures drawn on a canvas', () => {
  it('draws each wheel step on the canvas, where the marks and labels then settle, in their colours', async () => {
    const element = await loadTimeline({ src: SMALL });
    const count = marks(element).length;
    const before = centre(mark(element, 'cable')).x;
    wheel(element, centre(mark(element, 'monday')));
    await view(element)!.updateComplete;

    // During the gesture: the canvas shows, the elements wait unseen, and no sample node is left behind.
    expect(canvas(element).hidden).to.equal(false);
    expect(getComputedStyle(eventLayer(element)).opacity).to.equal('0');
    // The labels (which hold no focus) are not even laid out meanwhile.
    const aLabel = () => viewRoot(element).querySelector<HTMLElement>('[part~="label"]')!;
    expect(aLabel().checkVisibility()).to.equal(false);
    expect(viewRoot(element).elementFromPoint(before, centre(mark(element, 'cable')).y)).to.equal(canvas(element));
    expect(marks(element).length).to.equal(count);
    const frame = snapshot(element);

    await settle(element);
    expect(canvas(element).hidden).to.equal(true);
    // Hidden, it no longer takes the pointer: the mark under it does.
    expect(getComputedStyle(canvas(element)).visibility).to.equal('hidden');
    const cable = centre(mark(element, 'cable'));
    expect(viewRoot(element).elementFromPoint(cable.x, cable.y)!.closest('[part~="event"]')).to.equal(mark(element, 'cable'));
    expect(getComputedStyle(eventLayer(element)).opacity).to.equal('1');
    expect(aLabel().checkVisibility()).to.equal(true);
    expect(Math.abs(centre(mark(element, 'cable')).x - before)).to.be.above(20);
    // Every mark's shape (or bar) in view was drawn where its element now is, in its own colour.
    const inside = canvas(element).parentElement!.getBoundingClientRect();
    let compared = 0;
    for (const node of marks(element)) {
      const shape = node.querySelector('.shape, .bar')!;
      const { x, y } = centre(shape);
      if (x < inside.left + 2 || x > inside.right - 2) continue;
      compared++;
      expect(close(frame.at(x, y), rgba(getComputedStyle(shape).fill)), `${node.dataset.eventId} at ${x}, ${y}: ${frame.at(x, y)}`).to.equal(true);
    }
    expect(compared).to.be.above(3);
    // Labels: text in the label's colour inside each label's box.
    const labels = [...viewRoot(element).querySelectorAll<HTMLElement>('[part~="label"]')];
    expect(labels.length).to.be.above(2);
    for (const label of labels) {
      expect(frame.count(label.getBoundingClientRect(), rgba(getComputedStyle(label).color)), label.textContent!).to.be.above(10);
    }
    // Where nothing is drawn, the canvas is clear.
    const first = mark(element, 'wh-307').getBoundingClientRect();
    expect(frame.at(first.left - 30, first.top + 2)[3]).to.equal(0);
  });

  it("writes the labels it draws as the elements do, an uncertain date's \"c.\" in the reader's language", async () => {
    const element = await loadTimeline({ src: SMALL, locale: 'ru' });
    const written = (await writtenOnWheel(element, 'cable')).filter(({ paint }) => paint === 'fill').map(({ text }) => text);
    expect(written).to.include('ок. A note with an inline transcript');
    await settle(element);
    const labels = [...viewRoot(element).querySelectorAll('[part~="label"]')].map((label) => label.textContent);
    expect(labels).to.include('ок. A note with an inline transcript');
    expect(written.filter((text) => /\p{L}/u.test(text)).sort()).to.deep.equal(labels.sort());
  });

  it("rings the labels it draws with the elements' halo: their stroke's colour and width, under the letters", async () => {
    const element = await loadTimeline({ src: SMALL });
    element.style.setProperty('--archive-timeline-background', 'rgb(250, 240, 200)');
    const rule = document.head.appendChild(document.createElement('style'));
    rule.textContent = 'archive-timeline::part(label) { -webkit-text-stroke-width: 5px; }';
    let calls: Written[];
    try {
      await settle(element);
      calls = await writtenOnWheel(element, 'cable');
      await settle(element);
    } finally {
      rule.remove();
    }
    const labels = [...viewRoot(element).querySelectorAll('[part~="label"]')].map((label) => label.textContent!);
    expect(labels.length).to.be.above(2);
    for (const text of labels) {
      const stroke = calls.findIndex((call) => call.paint === 'stroke' && call.text === text);
      expect(stroke, text).to.be.at.least(0);
      expect(calls[stroke]).to.include({ color: '#faf0c8', width: 5 });
      expect(calls.findIndex((call) => call.paint === 'fill' && call.text === text)).to.be.above(stroke);
    }
  });

  it('writes each label in its own direction, as the elements do, so that a right-to-left title ends on its left', async () => {
    const titles = ['الاجتماع الأول مع ستالين', 'Harriman reports', 'שיחה במוסקבה', '1945 محادثات موسكو', 'Talks (محادثات)'];
    const element = await loadTimeline({}, (el) => (el.events = {
      title: 'Mixed', events: titles.map((title, i) => ({ id: `e${i}`, title, date: `1945-0${i + 1}-15`, kind: 'meeting' })),
    }));
    const written = (await writtenOnWheel(element, 'e2')).filter(({ paint }) => paint === 'fill');
    await settle(element);
    const labels = [...viewRoot(element).querySelectorAll('[part~="label"]')];
    expect(labels.map((label) => label.textContent).sort()).to.deep.equal([...titles].sort());
    for (const label of labels) {
      const ofLabel = written.filter(({ text }) => text === label.textContent);
      expect(ofLabel.length, label.textContent!).to.be.above(0);
      for (const { direction } of ofLabel) expect(direction, label.textContent!).to.equal(getComputedStyle(label).direction);
    }
    // Both directions were met: right to left for the three that begin with Arabic or Hebrew letters.
    const rightToLeft = new Set(written.filter(({ direction }) => direction === 'rtl').map(({ text }) => text));
    expect([...rightToLeft].sort()).to.deep.equal([titles[0], titles[2], titles[3]].sort());
  });

  it('draws the marks on the canvas, unseen, once the page is idle, ready for the first gesture', async () => {
    const element = await loadTimeline({ src: SMALL });
    await untilPrepared(element);
    expect(prepared(element)).to.equal(true);
    expect(canvas(element).hidden).to.equal(true);
    expect(getComputedStyle(canvas(element)).visibility).to.equal('hidden');
    // It drew the marks (so that their looks, fonts and code are ready), though nothing shows it.
    expect(drawn(element)).to.equal(true);
    const { x, y } = centre(mark(element, 'cable'));
    // Unseen, and it does not take the pointer.
    expect(viewRoot(element).elementFromPoint(x, y)!.closest('[part~="event"]')).to.equal(mark(element, 'cable'));
  });

  it('prepares the canvas only in idle periods with room, sizing it in one and drawing on it in a later one', async () => {
    // Every idle period the page is given reports `room` ms left; after each, what the canvas holds.
    const real = window.requestIdleCallback;
    const nextPeriod = () => new Promise((resolve) => real(resolve));
    let room = IDLE_ROOM - 1;
    let element: ArchiveTimeline | undefined;
    const after: { sized: boolean; drawn: boolean }[] = [];
    window.requestIdleCallback = (callback, options) =>
      real(() => {
        callback({ didTimeout: false, timeRemaining: () => room });
        if (element) after.push({ sized: sized(element), drawn: drawn(element) });
      }, options);
    try {
      element = await loadTimeline({ src: SMALL });
      for (let i = 0; i < 10; i++) await nextPeriod();
      expect(sized(element) || drawn(element)).to.equal(false);
      room = 50;
      for (let i = 0; i < 20 && !drawn(element); i++) await nextPeriod();
      const sizedAfter = after.findIndex((state) => state.sized);
      expect(sizedAfter).to.be.at.least(0);
      expect(after[sizedAfter].drawn).to.equal(false);
      expect(after.findIndex((state) => state.drawn)).to.be.above(sizedAfter);
    } finally {
      window.requestIdleCallback = real;
    }
  });

  it('prepares the canvas again at the new size when the timeline is resized', async () => {
    const element = await loadTimeline({ src: SMALL });
    await untilPrepared(element);
    const before = canvas(element).style.width;
    element.style.width = '720px';
    await settle(element);
    await untilPrepared(element);
    expect(prepared(element)).to.equal(true);
    expect(canvas(element).style.width).not.to.equal(before);
  });

  it('lets the canvas go when removed, and prepares it again when put back', async () => {
    const element = await loadTimeline({ src: SMALL });
    await untilPrepared(element);
    expect(prepared(element)).to.equal(true);
    element.remove();
    expect(canvas(element).width).to.equal(0);
    document.body.append(element);
    await settle(element);
    await untilPrepared(element);
    expect(prepared(element)).to.equal(true);
  });

  it('follows the theme and forced colours', async () => {
    const element = await loadTimeline({ src: SMALL });
    element.style.setProperty('--archive-timeline-color-cable', 'rgb(0, 160, 0)');
    await settle(element);
    wheel(element, centre(mark(element, 'cable')));
    await view(element)!.updateComplete;
    const frame = snapshot(element);
    await settle(element);
    expect(fillOf(mark(element, 'cable'), '.shape')).to.equal('rgb(0, 160, 0)');
    const at = centre(mark(element, 'cable').querySelector('.shape')!);
    expect(frame.at(at.x, at.y).slice(0, 3)).to.deep.equal([0, 160, 0]);

    await executeServerCommand('emulate-forced-colors', { active: true });
    await settle(element);
    wheel(element, centre(mark(element, 'cable')));
    await view(element)!.updateComplete;
    const forced = snapshot(element);
    await settle(element);
    const shape = mark(element, 'cable').querySelector('.shape')!;
    const { x, y } = centre(shape);
    expect(close(forced.at(x, y), rgba(getComputedStyle(shape).fill))).to.equal(true);
    expect(close(forced.at(x, y), [0, 160, 0, 255])).to.equal(false);
  });

  it('keeps focus on the focused mark through a gesture, and draws its focus ring', async () => {
    const element = await loadTimeline({ src: SMALL });
    mark(element, 'wh-307').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    const focused = mark(element, 'first-meeting');
    expect(viewRoot(element).activeElement).to.equal(focused);
    wheel(element, centre(focused));
    await view(element)!.updateComplete;
    expect(viewRoot(element).activeElement).to.equal(focused);
    const frame = snapshot(element);
    await settle(element);
    expect(viewRoot(element).activeElement).to.equal(focused);
    // The ring is the hit area's 3 px outline, in the focus colour.
    const hit = focused.querySelector('.hit')!.getBoundingClientRect();
    const ring = rgba(getComputedStyle(focused.querySelector('.hit')!).stroke);
    expect(frame.at(hit.left, hit.top + hit.height / 2)).to.deep.equal(ring);
  });

  it('selects what is under the pointer when the canvas is clicked', async () => {
    const element = await loadTimeline({ src: SMALL });
    const at = centre(mark(element, 'cable'));
    wheel(element, at);
    await view(element)!.updateComplete;
    expect(viewRoot(element).elementFromPoint(at.x, at.y)).to.equal(canvas(element));
    canvas(element).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: at.x, clientY: at.y }));
    await settle(element);
    expect(element.selected).to.equal('cable');
    expect(canvas(element).hidden).to.equal(true);
  });

  it('does not use the canvas for a drag-pan, keys or buttons', async () => {
    const element = await loadTimeline({ src: SMALL });
    const at = centre(mark(element, 'cable'));
    const drag = (type: string, x: number) => pointer(element, type, x, at.y - 40);
    drag('pointerdown', at.x);
    drag('pointermove', at.x - 60);
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(true);
    expect(centre(mark(element, 'cable')).x).to.be.closeTo(at.x - 60, 1);
    drag('pointerup', at.x - 60);
    // The click a browser sends after a drag is swallowed until the next task.
    await new Promise((resolve) => setTimeout(resolve));

    const before = view(element)!.transform.k;
    viewRoot(element).querySelector<HTMLButtonElement>('.zoom button')!.click();
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(true);
    expect(view(element)!.transform.k).to.be.above(before * 1.2);
    const zoomed = view(element)!.transform.k;
    marks(element)[0].focus();
    await sendKeys({ press: '+' });
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(true);
    expect(view(element)!.transform.k).to.be.above(zoomed * 1.2);
  });

  it('draws a pinch as the elements then look, and waits for the fingers to lift', async () => {
    const element = await loadTimeline({ src: CORPUS });
    const frame = viewRoot(element).querySelector('div.frame')!;
    frame.scrollIntoView();
    const box = frame.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + 60];
    const touch = (type: string, id: number, at: number) => pointer(element, type, at, y, id, 'touch');
    touch('pointerdown', 1, x - 60);
    touch('pointerdown', 2, x + 60);
    touch('pointermove', 2, x + 100);
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(false);
    // Fingers held still: no pause ends a pinch.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(canvas(element).hidden).to.equal(false);
    const clip = { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height };
    const during = await pixels(await executeServerCommand<string, typeof clip>('screenshot', clip));
    touch('pointerup', 2, x + 100);
    touch('pointerup', 1, x - 60);
    await settle(element);
    expect(canvas(element).hidden).to.equal(true);
    const after = await pixels(await executeServerCommand<string, typeof clip>('screenshot', clip));
    // The same picture, labels and their halos too (a halo painted over the letters, not under them, fails this).
    let differ = 0;
    for (let i = 0; i < after.length; i += 4) if (!close([...during.slice(i, i + 3)], [...after.slice(i, i + 3)], 48)) differ++;
    expect(differ / (after.length / 4)).to.be.below(0.005);
  });

  it('ends a wheel zoom made while a button is held when the button lifts, moved or not', async () => {
    const element = await loadTimeline({ src: SMALL });
    const at = centre(mark(element, 'cable'));
    const press = (type: string) => pointer(element, type, at.x, at.y - 40);
    press('pointerdown');
    wheel(element, at);
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(false);
    expect(ArchiveTimeline.liveResources.timers).to.equal(0);
    press('pointerup');
    await view(element)!.updateComplete;
    expect(canvas(element).hidden).to.equal(true);
  });

  it('lets go of its timer when removed in the middle of a gesture', async () => {
    const element = await loadTimeline({ src: SMALL });
    wheel(element, centre(mark(element, 'cable')));
    await view(element)!.updateComplete;
    expect(ArchiveTimeline.liveResources.timers).to.equal(1);
    element.remove();
    expect(ArchiveTimeline.liveResources.timers).to.equal(0);
  });
});
