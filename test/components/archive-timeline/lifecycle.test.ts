import { expect } from '@open-wc/testing';
import { ArchiveTimeline } from '../../../src/index.js';
import { SMALL, cleanup, loadTimeline, marks, settle } from '../helpers.js';

const live = () => ({ ...ArchiveTimeline.liveResources });
const none = { windowListeners: 0, resizeObservers: 0, timers: 0 };

/** Collects console errors and uncaught errors while `run` runs. */
async function withoutErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

afterEach(cleanup);

describe('lifecycle', () => {
  it('holds listeners and an observer while connected, and nothing once removed', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(live().windowListeners).to.be.above(0);
    expect(live().resizeObservers).to.equal(1);
    element.remove();
    expect(live()).to.deep.equal(none);
  });

  it('leaves nothing behind after 200 connect/disconnect cycles, and still works', async () => {
    const element = await loadTimeline({ src: SMALL });
    const errors = await withoutErrors(async () => {
      for (let i = 0; i < 200; i++) {
        element.remove();
        document.body.append(element);
        if (i % 50 === 0) await settle(element);
      }
      await settle(element);
      expect(live()).to.deep.equal({ ...none, windowListeners: live().windowListeners, resizeObservers: 1 });
      const connectedListeners = live().windowListeners;
      element.remove();
      expect(live()).to.deep.equal(none);
      document.body.append(element);
      await settle(element);
      expect(live().windowListeners).to.equal(connectedListeners);
    });
    expect(errors).to.deep.equal([]);
    expect(marks(element)).to.have.length(7);
  });

  it('replaces events 200 times without growing what it holds', async () => {
    const element = await loadTimeline({}, (el) => (el.events = [{ id: 'a', title: 'A', date: '1945-07-01', kind: 'cable' }]));
    const before = live();
    const errors = await withoutErrors(async () => {
      for (let i = 0; i < 200; i++) {
        element.events = [
          { id: `e${i}`, title: `Event ${i}`, date: '1945-07-01', kind: 'cable' },
          { id: `f${i}`, title: `Other ${i}`, date: '1945-08-01', kind: 'meeting' },
        ];
        if (i % 20 === 0) await settle(element);
      }
      await settle(element);
    });
    expect(errors).to.deep.equal([]);
    expect(live()).to.deep.equal(before);
    expect(marks(element).map((m) => m.dataset.eventId)).to.have.members(['e199', 'f199']);
  });

  it('lets go of the window when removed in the middle of a drag', async () => {
    const element = await loadTimeline({ src: SMALL });
    const svg = element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!.querySelector('svg.canvas')!;
    const idle = live().windowListeners;
    svg.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 300, clientY: 40, pointerId: 1, pointerType: 'mouse' }));
    expect(live().windowListeners).to.be.above(idle);
    element.remove();
    expect(live()).to.deep.equal(none);
  });

  it('clears the zoom hint timer when removed mid-hint', async () => {
    const element = await loadTimeline({ src: SMALL });
    const svg = element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!.querySelector('svg.canvas')!;
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 10, bubbles: true, composed: true }));
    expect(live().timers).to.equal(1);
    element.remove();
    expect(live()).to.deep.equal(none);
  });
});
