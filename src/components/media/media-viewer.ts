import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { format } from '../../i18n/messages.js';
import { themeStyles } from '../shared/theme.styles.js';
import { mediaTexts } from './media-texts.js';
import { FIT, panBy, transformOf, zoomAbout, type ViewTransform } from './view-transform.js';

/** A picture the large view shows: its resolved address and text alternative. */
export interface ViewedImage {
  src: string;
  alt: string;
  /** The sizes a IIIF image service has, for the browser to pick the one the view needs. */
  srcset?: string;
}

/** One +/− or key press. */
const STEP = 1.5;
/** One arrow key press, in CSS pixels. */
const PAN_STEP = 60;

/**
 * The large view of the panel's pictures: a modal `<dialog>` where wheel, pinch, +/− and the arrow
 * keys zoom and pan, Page Up/Down (or the buttons) step through the pictures, Escape closes, and
 * focus goes back to what opened it. The transform is set through the CSSOM, never a style attribute.
 */
export class MediaViewer extends LitElement {
  static override styles = [
    themeStyles,
    css`
      dialog {
        width: min(96vw, 1400px); height: min(92vh, 1000px); max-width: none; max-height: none; padding: 0;
        border: 1px solid var(--_rule); border-radius: 8px; background: var(--_bg); color: var(--_fg);
      }
      dialog[open] { display: grid; grid-template-rows: auto minmax(0, 1fr) auto; }
      dialog::backdrop { background: rgb(0 0 0 / 0.7); }
      .bar { display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; padding: 0.5em; border-bottom: 1px solid var(--_rule); }
      .bar .close { margin-inline-start: auto; }
      .stage { position: relative; overflow: hidden; touch-action: none; cursor: grab; background: var(--_band); }
      .stage:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
      .stage img { width: 100%; height: 100%; object-fit: contain; transform-origin: center; user-select: none; -webkit-user-drag: none; }
      .hint { margin: 0; padding: 0.4em 0.75em; font-size: 0.85em; color: var(--_muted); }
    `,
  ];

  @property({ attribute: false }) images: readonly ViewedImage[] = [];
  @property({ attribute: false }) locale = 'en-US';

  @state() private index = 0;
  @state() private view: ViewTransform = FIT;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.stage') private stage!: HTMLElement;
  @query('.stage img') private picture: HTMLImageElement | null | undefined;

  /** Pointers on the stage, for dragging (one) and pinching (two). */
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private opener: HTMLElement | null = null;

  /** Opens on the `index`th picture; focus returns to `opener` when it closes. */
  async show(index: number, opener: HTMLElement | null): Promise<void> {
    this.index = index;
    this.view = FIT;
    this.opener = opener;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.stage.focus();
  }

  get isOpen(): boolean {
    return Boolean(this.dialog?.open);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('view') || changed.has('index')) {
      if (this.picture) this.picture.style.transform = transformOf(this.view);
    }
  }

  protected override render() {
    const t = mediaTexts(this.locale);
    const image = this.images[this.index];
    const many = this.images.length > 1;
    return html`<dialog part="media-viewer" aria-label=${image ? format(t.largeView, { alt: image.alt }) : t.largeView} @close=${this.onClose} @keydown=${this.keepEscape}>
      <div class="bar">
        <button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoom(STEP)}>+</button>
        <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.zoom(1 / STEP)}>−</button>
        <button type="button" class="fit" @click=${() => (this.view = FIT)}>${t.actualFit}</button>
        ${many ? html`<button type="button" class="previous" ?disabled=${this.index === 0} @click=${() => this.step(-1)}>${t.previous}</button>
          <button type="button" class="next" ?disabled=${this.index === this.images.length - 1} @click=${() => this.step(1)}>${t.next}</button>` : nothing}
        <button type="button" class="close" aria-label=${t.close} title=${t.close} @click=${() => this.dialog.close()}>×</button>
      </div>
      <div class="stage" tabindex="0" role="img" aria-label=${image?.alt ?? ''}
        @wheel=${this.onWheel} @keydown=${this.onKeydown}
        @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp}>
        ${image ? html`<img src=${image.src} srcset=${image.srcset ?? nothing} sizes=${image.srcset ? '96vw' : nothing} alt="" loading="lazy" draggable="false">` : nothing}
      </div>
      <p class="hint">${t.viewerHint}</p>
    </dialog>`;
  }

  private size() {
    const box = this.stage.getBoundingClientRect();
    return { width: box.width, height: box.height, left: box.left + box.width / 2, top: box.top + box.height / 2 };
  }

  private zoom(factor: number, clientX?: number, clientY?: number): void {
    const size = this.size();
    const point = clientX === undefined ? undefined : { x: clientX - size.left, y: (clientY ?? 0) - size.top };
    this.view = panBy(zoomAbout(this.view, factor, point), 0, 0, size);
  }

  private pan(dx: number, dy: number): void {
    this.view = panBy(this.view, dx, dy, this.size());
  }

  private step(by: number): void {
    const index = Math.min(this.images.length - 1, Math.max(0, this.index + by));
    if (index === this.index) return;
    this.index = index;
    this.view = FIT;
  }

  private onWheel = (wheel: WheelEvent): void => {
    wheel.preventDefault();
    this.zoom(Math.exp(-wheel.deltaY / 300), wheel.clientX, wheel.clientY);
  };

  private onKeydown = (key: KeyboardEvent): void => {
    const actions: Record<string, () => void> = {
      '+': () => this.zoom(STEP),
      '=': () => this.zoom(STEP),
      '-': () => this.zoom(1 / STEP),
      '0': () => (this.view = FIT),
      ArrowLeft: () => this.pan(PAN_STEP, 0),
      ArrowRight: () => this.pan(-PAN_STEP, 0),
      ArrowUp: () => this.pan(0, PAN_STEP),
      ArrowDown: () => this.pan(0, -PAN_STEP),
      PageUp: () => this.step(-1),
      PageDown: () => this.step(1),
    };
    const action = actions[key.key];
    if (!action || key.ctrlKey || key.metaKey || key.altKey) return;
    key.preventDefault();
    action();
  };

  private onPointerDown = (down: PointerEvent): void => {
    try {
      this.stage.setPointerCapture(down.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the drag goes on without capture.
    }
    this.pointers.set(down.pointerId, { x: down.clientX, y: down.clientY });
  };

  private onPointerMove = (move: PointerEvent): void => {
    const last = this.pointers.get(move.pointerId);
    if (!last) return;
    const others = [...this.pointers].filter(([id]) => id !== move.pointerId).map(([, point]) => point);
    if (others.length === 1) {
      // Pinch: the distance between the two fingers, before and after, about their midpoint.
      const [other] = others;
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(move.clientX - other.x, move.clientY - other.y);
      if (before > 0) this.zoom(after / before, (move.clientX + other.x) / 2, (move.clientY + other.y) / 2);
    } else if (others.length === 0) {
      this.pan(move.clientX - last.x, move.clientY - last.y);
    }
    this.pointers.set(move.pointerId, { x: move.clientX, y: move.clientY });
  };

  private onPointerUp = (up: PointerEvent): void => {
    this.pointers.delete(up.pointerId);
  };

  /** Escape closes the large view only, not the panel under it too. */
  private keepEscape = (key: KeyboardEvent): void => {
    if (key.key === 'Escape') key.stopPropagation();
  };

  private onClose = (): void => {
    this.pointers.clear();
    this.opener?.focus();
    this.opener = null;
  };
}
