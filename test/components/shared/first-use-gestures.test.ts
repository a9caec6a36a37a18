// A page of its own: zooming and panning by hand (zoom-gestures.ts) and the canvas its frames are drawn on
// (gesture-canvas.ts, with its drawer) are chunks fetched once the timeline has drawn, not part of the first paint; once the view has settled, a Ctrl + wheel zooms and a drag pans.
import { expect } from '@open-wc/testing';
import { loadAfterFrame, onFirstUse } from '../../../src/components/shared/first-use.js';
import { SMALL, barWidth, cleanup, loadTimeline, mark, settle, view } from '../helpers.js';

const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

afterEach(cleanup);

describe('zoom and pan by hand and its canvas, loaded once the timeline has drawn', () => {
  it('is not fetched before the first draw, and zooms and pans once the view has settled', async () => {
    const parts = ['zoom-gestures', 'gesture-canvas', 'mark-canvas'].map((name) => `/src/components/timeline-view/${name}`);
    for (const part of parts) expect(fetched(part), `${part} before any element needs it`).to.equal(false);
    const element = await loadTimeline({ src: SMALL });
    for (const part of parts) expect(fetched(part), `${part} once the timeline has drawn`).to.equal(true);
    const svg = view(element)!.shadowRoot!.querySelector('svg.canvas')!;
    const before = barWidth(element, 'potsdam');
    const bar = mark(element, 'potsdam').getBoundingClientRect();
    const wheel = new WheelEvent('wheel', { deltaY: -20, ctrlKey: true, bubbles: true, cancelable: true, composed: true, clientX: bar.left + bar.width / 2, clientY: bar.top });
    svg.dispatchEvent(wheel);
    await settle(element);
    expect(wheel.defaultPrevented).to.equal(true);
    expect(barWidth(element, 'potsdam')).to.be.above(before);

    const left = mark(element, 'potsdam').getBoundingClientRect().left;
    const at = { bubbles: true, composed: true, pointerId: 1, isPrimary: true, clientY: bar.top };
    svg.dispatchEvent(new PointerEvent('pointerdown', { ...at, clientX: 400, button: 0, buttons: 1 }));
    window.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: 300, buttons: 1 }));
    window.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: 300 }));
    await settle(element);
    expect(mark(element, 'potsdam').getBoundingClientRect().left).to.be.closeTo(left - 100, 2);
  });

  it('starts fetching a chunk no frame needs only once the next frame has been drawn', async () => {
    let asked = 0;
    const loading = loadAfterFrame(onFirstUse(async () => ++asked));
    await Promise.resolve();
    expect(asked, 'in the update that asked for it').to.equal(0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(asked, 'in the frame, before it is drawn').to.equal(0);
    expect(await loading, 'after the frame').to.equal(1);
  });
});
