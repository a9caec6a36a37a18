/**
 * vis-timeline, given a maximum height, scrolls its items itself: it moves them with a transform and
 * keeps that in step with the scrollbar beside the lane labels. The browser knows nothing of it:
 * focusing an item below the fold scrolls vis's clipped panel natively instead, and the items part
 * from their lanes. So every vertical scroll goes through the labels' scrollbar, which vis follows.
 */

import { setAttribute } from './set-attribute.js';

/** The keys that scroll a region: their direction, in lines (arrows) or pages; Home and End go all the way. */
const SCROLL_KEYS: Record<string, number> = {
  ArrowDown: 1, ArrowUp: -1, PageDown: 1, PageUp: -1, ' ': 1, Home: -Infinity, End: Infinity,
};

/** Room left above or below an item scrolled into view, in px (vis's vertical item margin). */
const MARGIN = 6;

/** One line of keyboard scrolling, in px, as browsers scroll. */
const LINE = 40;

/**
 * How far the labels' scrollbar must move for `box` to lie within `panel` vertically: negative up,
 * positive down, 0 when it is in view already. A box taller than the panel is brought to its top.
 */
export function verticalOffset(box: { top: number; bottom: number }, panel: { top: number; bottom: number }): number {
  if (box.top < panel.top || box.bottom - box.top > panel.bottom - panel.top) return box.top - panel.top - MARGIN;
  if (box.bottom > panel.bottom) return box.bottom - panel.bottom + MARGIN;
  return 0;
}

/** The parts of vis's DOM that scroll: the items' clipped panel and the labels' scroller. */
export class VisScroller {
  /** `root`: where vis's DOM is (a shadow root, which a Lit element has only once connected). */
  constructor(private readonly root: () => ParentNode) {}

  private get items(): HTMLElement | null {
    return this.root().querySelector('.vis-panel.vis-center');
  }

  private get labels(): HTMLElement | null {
    return this.root().querySelector('.vis-panel.vis-left');
  }

  /**
   * Scrolls vis so that `target` (an item, or a lane's label) is in view. Returns whether it moved:
   * vis then redraws in the next frame, with the target where it can be focused without scrolling.
   */
  reveal(target: Element): boolean {
    const items = this.items;
    const labels = this.labels;
    if (!items || !labels) return false;
    const offset = verticalOffset(target.getBoundingClientRect(), items.getBoundingClientRect());
    if (!offset) return false;
    const before = labels.scrollTop;
    labels.scrollTop = before + offset;
    return labels.scrollTop !== before;
  }

  /** Scrolls vis to a lane (a vis group), by its label, marked with the lane's key in `data-lane`. */
  revealLane(key: string): boolean {
    const marks = this.root().querySelectorAll<HTMLElement>('.vis-labelset [data-lane]');
    const label = [...marks].find((mark) => mark.dataset.lane === key)?.closest('.vis-label');
    return label ? this.reveal(label) : false;
  }

  /**
   * While the lanes overflow, their labels' scroller is a named region in the tab order, so that
   * the keyboard can scroll it as any scrolling region (and axe's scrollable-region-focusable holds).
   */
  nameLanes(name: string): void {
    const labels = this.labels;
    if (!labels) return;
    // vis's mark for lanes taller than its height (else the scroller clips, with overflow hidden).
    const scrolls = labels.classList.contains('vis-vertical-scroll');
    setAttribute(labels, 'role', scrolls ? 'region' : null);
    setAttribute(labels, 'aria-label', scrolls ? name : null);
    setAttribute(labels, 'tabindex', scrolls ? '0' : null);
  }

  /**
   * A key pressed on the lanes' region: it scrolls them, and is not the timeline's. Returns whether
   * the key was theirs. The scrolling keys are applied here, at once: the browser's keyboard
   * scrolling is smooth, and vis writes back each position it is told of, which stops it after its
   * first frame (a few pixels).
   */
  laneKey(event: KeyboardEvent): boolean {
    const labels = this.labels;
    if (!labels || event.target !== labels) return false;
    if (event.ctrlKey || event.altKey || event.metaKey) return true;
    const page = labels.clientHeight - LINE;
    const by = (SCROLL_KEYS[event.key] ?? 0) * (event.key.startsWith('Page') || event.key === ' ' ? page : LINE);
    if (!by) return true;
    event.preventDefault();
    const most = labels.scrollHeight - labels.clientHeight;
    labels.scrollTop = Math.max(0, Math.min(most, labels.scrollTop + (event.shiftKey && event.key === ' ' ? -by : by)));
    return true;
  }

  /** Hands a native scroll of the items' panel (a focus from Tab, a screen reader's cursor) over to vis. */
  readonly adopt = (): void => {
    const items = this.items;
    const labels = this.labels;
    if (!items || !labels || (items.scrollTop === 0 && items.scrollLeft === 0)) return;
    const moved = items.scrollTop;
    items.scrollTop = 0;
    // A horizontal scroll has no vis counterpart: vis moves its window itself to reveal an item.
    items.scrollLeft = 0;
    labels.scrollTop += moved;
  };

  /**
   * Starts handing native scrolls to vis, once vis has built its DOM; `live()` turns false when
   * that vis is destroyed. vis (8.5) leaves its listeners on the lanes' scrollers then, and they
   * throw on the scroll event a scrolled scroller sends when taken out of the page: stop it first.
   */
  listen(live: () => boolean): void {
    this.items?.addEventListener('scroll', this.adopt, { passive: true });
    const stopWhenGone = (event: Event) => {
      if (!live()) event.stopImmediatePropagation();
    };
    for (const scroller of this.root().querySelectorAll('.vis-panel.vis-left, .vis-panel.vis-right')) {
      scroller.addEventListener('scroll', stopWhenGone, { capture: true });
    }
  }
}
