import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../model/types.js';
import type { CanvasScene, MarkCanvas, Samples } from './mark-canvas.js';
import type { MarkGeometry } from './mark-nodes.js';
import { onFirstUse } from '../shared/first-use.js';
import { whenIdle } from './when-idle.js';

/**
 * The drawer of gestures' frames: a chunk of its own, fetched once the timeline has drawn. Until it
 * is there (or if it cannot be loaded), gestures move the elements themselves.
 */
const MARK_CANVAS = onFirstUse(() => import('./mark-canvas.js'));

/** What the host gives for one frame on the canvas. */
export interface GestureFrameSource {
  /** The canvas element, once rendered. */
  canvas(): HTMLCanvasElement | null;
  /** The view as it stands, and the layers' node kinds to read its looks from. */
  frame(): { scene: CanvasScene; samples: Samples };
  /** A gesture is under way: the preparation must not draw over its frames. */
  live(): boolean;
}

/**
 * The canvas a zoom gesture's frames are drawn on (mark-canvas.ts): loads the drawer, prepares the
 * canvas while the page is idle, draws each frame, and lets the bitmap go when the host is removed.
 */
export class GestureCanvas implements ReactiveController {
  private drawer: MarkCanvas | undefined;
  /**
   * Cancels the preparation while it waits for the page to be idle (a one-off, cancelled on removal,
   * so not counted among the live timers).
   */
  private cancelPreparation: (() => void) | undefined;
  /** What the canvas was last prepared for. */
  private preparedFor: { width: number; data: Dataset } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly geometry: MarkGeometry,
    private readonly source: GestureFrameSource,
  ) {
    host.addController(this);
  }

  /** The drawer has arrived: a gesture can start drawing on the canvas now. */
  get ready(): boolean {
    return MARK_CANVAS.value !== undefined;
  }

  /** Fetches the drawer (once); settles when it has arrived or failed to. */
  load(): Promise<unknown> {
    return MARK_CANVAS.load();
  }

  /** At a gesture's start: makes the drawer on first use, and has it read the looks again if the theme changed. */
  start(): void {
    const module = MARK_CANVAS.value;
    if (!module) return;
    (this.drawer ??= new module.MarkCanvas(this.geometry)).startGesture(this.host);
  }

  /** Draws the view; false when there is nothing to draw with or on. */
  draw(): boolean {
    return this.paint('draw');
  }

  /** Sizes the canvas and reads the looks (`fit`), or draws the view too (`draw`); false when there is nothing to draw with or on. */
  private paint(how: 'fit' | 'draw'): boolean {
    const canvas = this.source.canvas();
    if (!this.drawer || !canvas) return false;
    const { scene, samples } = this.source.frame();
    return Boolean(this.drawer[how](canvas, scene, samples));
  }

  /**
   * Once the page is idle after the marks are drawn (again when the width or the data change): draws
   * the view on the canvas, unseen. A gesture's first frames then find the canvas's bitmap, its looks,
   * its font and its code ready, where they would otherwise pay for all of them at once. The bitmap is
   * kept until the host is removed. `width` is the measured width (0 before the first measurement,
   * whose fallback would size the bitmap wrong).
   *
   * In two idle periods, each with room for its part (when-idle.ts): sizing the bitmap and reading
   * the looks, then drawing. Done at once (13 ms at 1,000 events), it ran past its idle period and
   * held up the frame after the timeline first showed.
   */
  prepare(width: number, data: Dataset): void {
    if (!width || (this.preparedFor?.width === width && this.preparedFor.data === data)) return;
    this.cancelPreparation?.();
    this.preparedFor = { width, data };
    /** A gesture draws its own frames; a removed host has nothing to prepare. The looks are read (start) with the fit. */
    const step = (how: 'fit' | 'draw') => () => {
      if (this.source.live() || !this.host.isConnected) return;
      if (how === 'fit') this.start();
      this.paint(how);
    };
    this.cancelPreparation = whenIdle([() => MARK_CANVAS.load(), step('fit'), step('draw')]);
  }

  hostDisconnected(): void {
    this.cancelPreparation?.();
    this.cancelPreparation = undefined;
    this.preparedFor = undefined;
    const canvas = this.source.canvas();
    if (canvas && canvas.width) [canvas.width, canvas.height] = [0, 0];
  }
}
