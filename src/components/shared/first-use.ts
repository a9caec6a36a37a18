import type { ReactiveControllerHost } from 'lit';

/**
 * A module that is a chunk of its own, loaded once for the page when an element first needs it.
 * (The classic-script build inlines it: it is then there after a microtask.)
 */
export interface Chunk<T> {
  /** What the module gave, once it has arrived. */
  readonly value: T | undefined;
  /** The module could not be loaded (the chunk is missing, or the network is gone): nobody retries. */
  readonly failed: boolean;
  /** Starts loading (once); settles with the value, or undefined when loading failed. Never rejects. */
  load(): Promise<T | undefined>;
}

export function onFirstUse<T>(load: () => Promise<T>): Chunk<T> {
  let loading: Promise<T | undefined> | undefined;
  const chunk = {
    value: undefined as T | undefined,
    failed: false,
    load: () =>
      (loading ??= load().then(
        (value) => (chunk.value = value),
        (error: unknown) => {
          chunk.failed = true;
          console.warn('<archive-timeline>: a part of the element could not be loaded', error);
          return undefined;
        },
      )),
  };
  return chunk;
}

/**
 * Starts loading a chunk no frame on screen needs yet (one fetched ahead of its first use) once the
 * next frame has been drawn: the import() call itself takes a few ms, which that frame need not wait for.
 */
export function loadAfterFrame<T>(chunk: Chunk<T>): Promise<T | undefined> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(chunk.load()))));
}

/**
 * The chunks one element waits for: it updates when each arrives, and its `updateComplete`
 * can wait for them (`settled`), so "rendered" means with every part it asked for.
 */
export class FirstUseController {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The chunk's value once it is there; until then undefined, and the chunk is on its way. */
  arrived<T>(chunk: Chunk<T>): T | undefined {
    if (chunk.value === undefined && !chunk.failed) this.wait(chunk.load());
    return chunk.value;
  }

  /** Updates the host when `work` settles, and counts it as pending until then. */
  wait(work: Promise<unknown>): void {
    if (this.pending.has(work)) return;
    this.pending.add(work);
    const done = () => {
      this.pending.delete(work);
      this.host.requestUpdate();
    };
    work.then(done, done);
  }

  /** Waits until nothing is on its way; true if anything was. */
  async settled(): Promise<boolean> {
    if (!this.pending.size) return false;
    while (this.pending.size) await Promise.allSettled(this.pending);
    return true;
  }
}
