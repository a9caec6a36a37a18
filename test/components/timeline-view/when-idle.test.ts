import { expect } from '@open-wc/testing';
import { IDLE_ROOM, whenIdle } from '../../../src/components/timeline-view/when-idle.js';

/**
 * requestIdleCallback in the test's hands: each `period(room)` is one idle period with `room` ms
 * left, given to every callback waiting for one.
 */
function fakeIdle() {
  const real = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };
  const waiting = new Map<number, { callback: IdleRequestCallback; timeout?: number }>();
  let handles = 0;
  window.requestIdleCallback = (callback, options) => {
    waiting.set(++handles, { callback, timeout: options?.timeout });
    return handles;
  };
  window.cancelIdleCallback = (handle) => waiting.delete(handle);
  return {
    /** The timeouts the waiting callbacks asked for. */
    timeouts: () => [...waiting.values()].map(({ timeout }) => timeout),
    async period(room: number, didTimeout = false) {
      const now = [...waiting.values()];
      waiting.clear();
      for (const { callback } of now) callback({ didTimeout, timeRemaining: () => room });
      // Steps may return promises: let them settle.
      await new Promise((resolve) => setTimeout(resolve));
    },
    restore() {
      window.requestIdleCallback = real.request;
      window.cancelIdleCallback = real.cancel;
    },
  };
}

describe('whenIdle: work in idle periods, one step per period with room for it', () => {
  let idle: ReturnType<typeof fakeIdle>;
  beforeEach(() => (idle = fakeIdle()));
  afterEach(() => idle.restore());

  it('runs each step in an idle period of its own, in order', async () => {
    const ran: string[] = [];
    whenIdle([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')]);
    expect(ran).to.deep.equal([]);
    await idle.period(20);
    expect(ran).to.deep.equal(['a']);
    await idle.period(20);
    await idle.period(20);
    expect(ran).to.deep.equal(['a', 'b', 'c']);
    expect(idle.timeouts()).to.deep.equal([]);
  });

  it('leaves an idle period with too little room alone: work past its end would delay the next frame', async () => {
    const ran: string[] = [];
    whenIdle([() => ran.push('a'), () => ran.push('b')]);
    await idle.period(IDLE_ROOM - 1);
    await idle.period(2);
    expect(ran).to.deep.equal([]);
    await idle.period(IDLE_ROOM);
    expect(ran).to.deep.equal(['a']);
    await idle.period(IDLE_ROOM - 0.5);
    expect(ran).to.deep.equal(['a']);
    await idle.period(IDLE_ROOM + 5);
    expect(ran).to.deep.equal(['a', 'b']);
  });

  it('runs a step whose time is up, whatever the room, and counts that time from its first request', async () => {
    const ran: string[] = [];
    whenIdle([() => ran.push('a')]);
    const [first] = idle.timeouts();
    expect(first).to.be.within(1900, 2000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await idle.period(1);
    // A page that is never idle for long still gets the work done within the first 2 s, not 2 s after each short period.
    const [again] = idle.timeouts();
    expect(again).to.be.below(first! - 40);
    await idle.period(0, true);
    expect(ran).to.deep.equal(['a']);
  });

  it('waits for a step that returns a promise before the next', async () => {
    const ran: string[] = [];
    let arrive = () => {};
    whenIdle([() => new Promise<void>((resolve) => (arrive = resolve)).then(() => ran.push('loaded')), () => ran.push('drawn')]);
    await idle.period(20);
    await idle.period(20);
    expect(ran).to.deep.equal([]);
    expect(idle.timeouts()).to.deep.equal([]);
    arrive();
    await idle.period(20);
    await idle.period(20);
    expect(ran).to.deep.equal(['loaded', 'drawn']);
  });

  it('cancels the steps not run yet, and the request that waits', async () => {
    const ran: string[] = [];
    const cancel = whenIdle([() => ran.push('a'), () => ran.push('b')]);
    await idle.period(20);
    cancel();
    expect(idle.timeouts()).to.deep.equal([]);
    await idle.period(20);
    expect(ran).to.deep.equal(['a']);
  });

  it('falls back to timers where there is no requestIdleCallback (Safari)', async () => {
    idle.restore();
    const real = window.requestIdleCallback;
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    try {
      const ran: string[] = [];
      whenIdle([() => ran.push('a'), () => ran.push('b')]);
      expect(ran).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ran).to.deep.equal(['a', 'b']);
    } finally {
      window.requestIdleCallback = real;
    }
  });
});
