import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liveResources } from './live-resources.js';

/** Tracks the width of an element of the host and asks the host to update when it changes. */
export class WidthController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback = 640,
  ) {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width <= 0 || width === this.width) return;
      // Re-render in the next frame: a height change in this callback would loop the observer.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    host.addController(this);
  }

  /** The measured width, or a fallback before the first measurement. */
  get current(): number {
    return this.width || this.fallback;
  }

  hostConnected(): void {
    // Measured at once the first time: the first draw is then at the right width, rather than at the
    // fallback and again once the observer has reported, a frame or two later. (0 while hidden.)
    if (!this.width) this.width = Math.round(this.host.getBoundingClientRect().width);
    this.observer.observe(this.host);
    liveResources.resizeObservers++;
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    liveResources.resizeObservers--;
    cancelAnimationFrame(this.frame);
  }
}
