import { clusterKey, type ClusterMark, type EventMark } from '../../layout/marks.js';
import { kindPath } from '../shared/shapes.js';
import { cloneOf, htmlElement, moveTo, setAttr, setText, svgElement, type NodeKind } from './dom-join.js';

/** A mark's shape and padding: 14 + 2 × 5 = 24 px to point at or touch, the WCAG 2.2 minimum target. */
export interface MarkGeometry {
  markSize: number;
  hitPad: number;
  /** y of the first row, below the axis. */
  top: number;
}

/** What a mark shows besides its layout: whether it is selected, holds the tab stop, and its name. */
export interface MarkState {
  selected: string | null;
  tabStop: string | null;
  name(mark: EventMark): string;
}

/**
 * An event's mark: a button (role, name, roving tabindex) holding a padded hit area and its
 * kind's shape, or a bar for a range. The same nodes and attributes the tests and themes know
 * (part="event", .hit, .shape, .bar, .halo).
 */
export function eventNodes({ markSize, hitPad, top }: MarkGeometry, state: MarkState): NodeKind<EventMark> {
  const half = markSize / 2;
  const target = markSize + 2 * hitPad;
  return {
    variant: (mark) => (mark.width ? 'bar' : 'point'),
    create: (variant) =>
      cloneOf(`event ${variant} ${markSize} ${hitPad}`, () => {
        const hit = svgElement('rect', { class: 'hit', x: variant === 'bar' ? -hitPad : -half - hitPad, y: -half - hitPad, width: target, height: target });
        const shape = variant === 'bar'
          ? svgElement('rect', { class: 'bar', x: 0, y: -half + 2, height: markSize - 4, rx: 3 })
          : svgElement('path', { class: 'shape' });
        return svgElement('g', { part: 'event', role: 'button' }, hit, shape);
      }),
    update(node, mark) {
      const { event } = mark;
      const selected = event.id === state.selected;
      setAttr(node, 'class', `mark kind-${event.kind}${selected ? ' selected' : ''}${event.approximate ? ' approximate' : ''}`);
      setAttr(node, 'data-event-id', event.id);
      moveTo(node, mark.x, top + mark.y);
      setAttr(node, 'tabindex', event.id === state.tabStop ? 0 : -1);
      setAttr(node, 'aria-label', state.name(mark));
      setAttr(node, 'aria-current', selected ? 'true' : 'false');
      // The hit area first, the shape last (a halo, when selected, goes between them).
      const hit = node.firstElementChild!;
      const shape = node.lastElementChild!;
      if (mark.width) {
        setAttr(hit, 'width', mark.width + 2 * hitPad);
        setAttr(shape, 'width', mark.width);
        return;
      }
      setAttr(shape, 'd', kindPath(event.kind, markSize));
      const halo = node.querySelector('.halo');
      if (selected && !halo) node.insertBefore(svgElement('circle', { class: 'halo', r: half + 4 }), shape);
      if (!selected) halo?.remove();
    },
  };
}

/** Where a label starts: just inside a range's bar, or just right of a point's shape. */
export const labelX = (mark: EventMark, markSize: number): number => mark.x + (mark.width ? 4 : markSize / 2 + 4);

/**
 * A mark's label: HTML text in a layer over the SVG, above every mark and outside the buttons. It
 * may be truncated, so the button's name carries the full title. HTML, because Chromium lays SVG
 * text out again whenever it moves, and a zoom step moves every label.
 */
export function labelNodes({ markSize, top }: MarkGeometry, state: Pick<MarkState, 'selected'>): NodeKind<EventMark> {
  return {
    variant: () => 'label',
    // Each title in its own direction, whatever the timeline's (time runs left to right).
    create: () => cloneOf('label', () => htmlElement('span', { part: 'label', dir: 'auto' })),
    update(node, mark) {
      const { event } = mark;
      setAttr(node, 'class', event.id === state.selected ? 'label selected' : 'label');
      setAttr(node, 'data-for', event.id);
      moveTo(node, labelX(mark, markSize), top + mark.y);
      setText(node, mark.label ?? '');
    },
  };
}

/** A cluster's bar: its events' span, at least a mark wide. */
export const barWidth = ({ x0, x1 }: ClusterMark, markSize: number): number => Math.max(markSize, x1 - x0);

/** Whether a cluster's bar has room for its count. */
export const showsCount = (cluster: ClusterMark, markSize: number): boolean => barWidth(cluster, markSize) >= 22;

/** A cluster's count, in the same HTML layer as the labels, centred on its bar; none where the bar is too narrow. */
export function countNodes({ markSize, top }: MarkGeometry): NodeKind<ClusterMark> {
  return {
    variant: () => 'count',
    create: () => cloneOf('count', () => htmlElement('span', { class: 'cluster-count' })),
    update(node, cluster) {
      moveTo(node, cluster.x0 + barWidth(cluster, markSize) / 2, top + cluster.y);
      setText(node, String(cluster.count));
    },
  };
}

/** Events too close to tell apart at this zoom: one button with their count, which zooms in on them. */
export function clusterNodes({ markSize, hitPad, top }: MarkGeometry, name: (cluster: ClusterMark) => string): NodeKind<ClusterMark> {
  return {
    variant: () => 'cluster',
    create: () =>
      cloneOf(`cluster ${markSize} ${hitPad}`, () =>
        svgElement(
          'g',
          { part: 'cluster', class: 'cluster', role: 'button', tabindex: -1 },
          svgElement('rect', { class: 'hit', x: -hitPad, y: -markSize / 2 - hitPad, height: markSize + 2 * hitPad }),
          svgElement('rect', { class: 'cluster-bar', y: -markSize / 2 + 1, height: markSize - 2, rx: 4 }),
        ),
      ),
    update(node, cluster) {
      const width = barWidth(cluster, markSize);
      setAttr(node, 'data-cluster', clusterKey(cluster));
      setAttr(node, 'data-count', cluster.count);
      setAttr(node, 'aria-label', name(cluster));
      moveTo(node, cluster.x0, top + cluster.y);
      const [hit, bar] = node.children;
      setAttr(hit, 'width', width + 2 * hitPad);
      setAttr(bar, 'width', width);
    },
  };
}
