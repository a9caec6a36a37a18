import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liveResources } from '../shared/live-resources.js';

/**
 * Adds window listeners while the host is connected and removes them when it is not,
 * so a removed element leaves nothing behind. `active` decides, per connection, whether to listen.
 */
export class WindowListenersController implements ReactiveController {
  private attached = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly listeners: Partial<Record<keyof WindowEventMap, (event: Event) => void>>,
    private readonly active: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Attaches or detaches after `active()` may have changed. */
  sync(): void {
    if (this.active() && !this.attached) {
      for (const [type, listener] of Object.entries(this.listeners)) window.addEventListener(type, listener);
      liveResources.windowListeners += Object.keys(this.listeners).length;
      this.attached = true;
    } else if (!this.active()) {
      this.detach();
    }
  }

  private detach(): void {
    if (!this.attached) return;
    for (const [type, listener] of Object.entries(this.listeners)) window.removeEventListener(type, listener);
    liveResources.windowListeners -= Object.keys(this.listeners).length;
    this.attached = false;
  }
}
