import { panBy, pinch, wheelFactor, zoomAround, type ZoomTransform } from '../../layout/zoom.js';
import { liveResources } from '../shared/live-resources.js';

/** What the gestures read and change on the element they zoom. */
export interface Zoomable {
  readonly transform: ZoomTransform;
  /** The smallest and largest k allowed. */
  readonly zoomExtent: readonly [number, number];
  /** `live`: a frame of a gesture that goes on (a wheel turn, a drag or pinch move), drawn for speed. */
  zoomTo(transform: ZoomTransform, live?: boolean): void;
  /** The gesture is over (the pointers lifted): bring everything up to date now. */
  gestureEnded(): void;
}

/** A drag shorter than this (px) is still a click on what it started on. */
const CLICK_DISTANCE = 3;
const DRAG_EVENTS = ['pointermove', 'pointerup', 'pointercancel'] as const;

/**
 * Zoom and pan by hand: Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as Ctrl + wheel)
 * zooms around the pointer, a drag with one pointer pans, two touching fingers pinch. A plain
 * wheel is left to the page. Pointer events cover mouse, pen and touch alike; the surface needs
 * `touch-action: pan-y` so a vertical swipe still scrolls the page.
 */
export class ZoomGestures {
  private surface: Element | undefined;
  /** What pointer positions are measured from: the left edge of the drawing. */
  private origin: Element | undefined;
  /** Where each pointer down on the surface is now, in px from the surface's left edge. */
  private readonly pointers = new Map<number, number>();
  /** The transform and pointer positions when the pointers last changed: moves are measured from there. */
  private start: { transform: ZoomTransform; at: number[] } = { transform: { k: 1, x: 0 }, at: [] };
  private left = 0;
  private dragging = false;
  private moved = false;

  constructor(private readonly target: Zoomable) {}

  /** Pointers are down on the surface (a drag or pinch goes on until they lift). */
  get holding(): boolean {
    return this.dragging;
  }

  /** Listens on `surface` (the drawing and what lies over it, such as labels), measuring from `origin`'s left edge. */
  attach(surface: Element, origin: Element = surface): void {
    this.detach();
    this.surface = surface;
    this.origin = origin;
    surface.addEventListener('wheel', this.onWheel as EventListener, { passive: false });
    surface.addEventListener('pointerdown', this.onPointerDown as EventListener);
  }

  detach(): void {
    this.surface?.removeEventListener('wheel', this.onWheel as EventListener);
    this.surface?.removeEventListener('pointerdown', this.onPointerDown as EventListener);
    this.surface = undefined;
    this.origin = undefined;
    this.endDrag();
  }

  private onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const px = event.clientX - this.origin!.getBoundingClientRect().left;
    this.target.zoomTo(zoomAround(this.target.transform, wheelFactor(event), px, this.target.zoomExtent), true);
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (!this.dragging) {
      this.dragging = true;
      this.left = this.origin!.getBoundingClientRect().left;
      this.moved = false;
      // Moves are followed on the window, so a drag that leaves the surface keeps panning.
      for (const type of DRAG_EVENTS) window.addEventListener(type, this.onDrag as EventListener);
      liveResources.windowListeners += DRAG_EVENTS.length;
    }
    this.pointers.set(event.pointerId, event.clientX - this.left);
    this.restart();
  };

  private onDrag = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    if (event.type !== 'pointermove') {
      this.pointers.delete(event.pointerId);
      if (this.pointers.size) this.restart();
      else this.endDrag();
      return;
    }
    this.pointers.set(event.pointerId, event.clientX - this.left);
    const at = [...this.pointers.values()];
    const { transform, at: from } = this.start;
    if (at.length >= 2) {
      this.moved = true;
      this.target.zoomTo(pinch(transform, [from[0], from[1]], [at[0], at[1]], this.target.zoomExtent), true);
      return;
    }
    const dx = at[0] - from[0];
    if (Math.abs(dx) > CLICK_DISTANCE) this.moved = true;
    if (this.moved) this.target.zoomTo(panBy(transform, dx), true);
  };

  /** Measures the next moves from here: the fingers changed, so the gesture starts again. */
  private restart(): void {
    this.start = { transform: this.target.transform, at: [...this.pointers.values()] };
  }

  private endDrag(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.pointers.clear();
    for (const type of DRAG_EVENTS) window.removeEventListener(type, this.onDrag as EventListener);
    liveResources.windowListeners -= DRAG_EVENTS.length;
    // Whatever the pointers did while down (a drag, a pinch, or nothing while the wheel zoomed), it is over.
    this.target.gestureEnded();
    // A drag is not a click on the mark it started on: swallow the click the browser sends after it.
    if (this.moved) {
      const swallow = (event: Event) => event.stopPropagation();
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
    }
    this.moved = false;
  }
}
