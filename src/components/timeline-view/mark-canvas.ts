import type { ClusterMark, EventMark } from '../../layout/marks.js';
import { barWidth, labelX, showsCount, type MarkGeometry } from './mark-nodes.js';
import { BoundedCache } from '../../model/bounded-cache.js';
import type { Node, NodeKind } from './dom-join.js';
import { kindPath } from '../shared/shapes.js';

/** What a gesture frame shows: the laid-out marks in view, as the layers would show them. */
export interface CanvasScene {
  marks: readonly EventMark[];
  clusters: readonly ClusterMark[];
  /** From the layout's x to the view's, px. */
  offset: number;
  width: number;
  height: number;
  /** The event whose mark carries a focus ring (focused from the keyboard), if any. */
  focusRing: string | null;
}

/** The layers' node kinds and parents, to build a sample node for each look the canvas needs. */
export interface Samples {
  event: NodeKind<EventMark>;
  label: NodeKind<EventMark>;
  cluster: NodeKind<ClusterMark>;
  count: NodeKind<ClusterMark>;
  layers: { event: Element; label: Element; cluster: Element; count: Element };
  /** The selected event: its mark and label look different. */
  selected: string | null;
}

/** A shape's fill and stroke, as computed for a sample node. */
interface ShapeLook {
  fill: string | null;
  stroke: string | null;
  lineWidth: number;
  dash: number[];
}

interface TextLook {
  color: string;
  font: string;
  /** The halo around the text (its stroke, painted under the fill), or null. */
  halo: { color: string; width: number } | null;
  lineHeight: number;
}

interface MarkLook {
  /** The hit area, the halo (a selected point), and the shape or bar, as the mark's nodes hold them. */
  parts: (ShapeLook & { element: 'hit' | 'halo' | 'shape' })[];
  focus: ShapeLook;
}

/** The colour tokens of theme.styles.ts that the marks, labels and clusters are drawn with. */
const THEME_TOKENS = ['--_bg', '--_fg', '--_muted', '--_accent', '--_focus', '--_meeting', '--_cable', '--_message', '--_treaty', '--_conference', '--_other'];

const NONE = /^(none|url\()|^rgba\(0, 0, 0, 0\)$/;
const paintOf = (value: string): string | null => (NONE.test(value) ? null : value);

function shapeLook(element: Element): ShapeLook {
  const style = getComputedStyle(element);
  const dash = style.strokeDasharray;
  return {
    fill: paintOf(style.fill),
    stroke: paintOf(style.stroke),
    lineWidth: parseFloat(style.strokeWidth) || 0,
    dash: dash === 'none' ? [] : dash.split(/[\s,]+/).map(parseFloat).filter((n) => n >= 0),
  };
}

function textLook(element: Element): TextLook {
  const style = getComputedStyle(element);
  const haloWidth = parseFloat(style.getPropertyValue('-webkit-text-stroke-width'));
  return {
    color: style.color,
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    halo: haloWidth > 0 ? { color: style.getPropertyValue('-webkit-text-stroke-color'), width: haloWidth } : null,
    lineHeight: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2,
  };
}

/**
 * Draws the marks, clusters, labels and counts on a canvas, for the frames of a wheel or pinch zoom
 * (and of a drag that follows one): a zoom step moves every mark, which costs Chromium several frames
 * of style, layout and paint, and a canvas a few milliseconds. The elements (buttons, names, parts)
 * are brought up to date when the gesture pauses or its pointers lift (timeline-view.ts). Every look is read from a sample node built and
 * styled as the layers' own, so the canvas follows the theme, the colour scheme, `::part` rules
 * and forced colours.
 */
export class MarkCanvas {
  private readonly looks = new Map<string, unknown>();

  constructor(private readonly geometry: MarkGeometry) {}

  /** The theme the looks were read under. */
  private theme = '';

  /**
   * At a gesture's start: keeps the looks read before unless the theme changed, so that the first
   * frame need not read them again. The colour tokens and font of `host` stand for the theme: the
   * `theme` attribute, the colour scheme, forced colours and the page's custom properties all act
   * through them.
   */
  startGesture(host: Element): void {
    const style = getComputedStyle(host);
    const theme = [...THEME_TOKENS.map((token) => style.getPropertyValue(token)), style.fontFamily, style.fontSize].join('|');
    if (theme !== this.theme) this.looks.clear();
    this.theme = theme;
  }

  /**
   * What a frame does before it paints: sizes the canvas to the view and reads the looks the scene
   * needs. Null when the canvas cannot be drawn on (no 2D context).
   */
  fit(canvas: HTMLCanvasElement, scene: CanvasScene, samples: Samples) {
    const context = canvas.getContext('2d');
    if (!context) return null;
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [Math.ceil(scene.width * ratio), Math.ceil(scene.height * ratio)];
    if (canvas.width !== width || canvas.height !== height) {
      [canvas.width, canvas.height] = [width, height];
      canvas.style.width = `${scene.width}px`;
      canvas.style.height = `${scene.height}px`;
    }
    // Each look's items together, so styles are set once per look rather than per item.
    const marksByLook = groupBy(scene.marks, (mark) => markKey(mark, samples.selected));
    const labelsByLook = groupBy(scene.marks.filter((mark) => mark.label), (mark) => labelKey(mark, samples.selected));
    this.readLooks(marksByLook, labelsByLook, scene.clusters, samples);
    return { context, ratio, width, height, marksByLook, labelsByLook };
  }

  /** Draws a frame; false when the canvas cannot be drawn on (no 2D context). */
  draw(canvas: HTMLCanvasElement, scene: CanvasScene, samples: Samples): boolean {
    const fitted = this.fit(canvas, scene, samples);
    if (!fitted) return false;
    const { context, ratio, width, height, marksByLook, labelsByLook } = fitted;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const { markSize, hitPad, top } = this.geometry;
    const half = markSize / 2;
    /** Draws at (x, y) of the layout, in the canvas's pixels. */
    const at = (x: number, y: number) => context.setTransform(ratio, 0, 0, ratio, (scene.offset + x) * ratio, (top + y) * ratio);
    // In the layers' order: marks, clusters, then the HTML layer's labels and counts.
    for (const [key, marks] of marksByLook) {
      const look = this.look<MarkLook>(key);
      for (const part of look.parts) {
        if (part.element === 'hit') continue;
        paintEach(context, part, marks, (mark) => {
          at(mark.x, mark.y);
          if (part.element === 'halo') return circle(half + 4);
          if (!mark.width) return shapePath(kindPath(mark.event.kind, markSize));
          roundedBar(context, mark.width, markSize - 4, 3);
        });
      }
      // :focus-visible's ring on the focused mark's hit area.
      const focused = marks.find((mark) => mark.event.id === scene.focusRing);
      if (focused) {
        at(focused.x, focused.y);
        paintEach(context, look.focus, [focused], () => {
          context.beginPath();
          context.rect(focused.width ? -hitPad : -half - hitPad, -half - hitPad, (focused.width || markSize) + 2 * hitPad, markSize + 2 * hitPad);
        });
      }
    }
    if (scene.clusters.length) paintEach(context, this.look<ShapeLook>('cluster'), scene.clusters, (cluster) => {
      at(cluster.x0, cluster.y);
      roundedBar(context, barWidth(cluster, markSize), markSize - 2, 4);
    });
    for (const [key, marks] of labelsByLook) {
      texts(context, this.look<TextLook>(key), 'left', marks.map((mark) => [mark.label ?? '', labelX(mark, markSize) + scene.offset, top + mark.y]), ratio);
    }
    const counted = scene.clusters.filter((cluster) => showsCount(cluster, markSize));
    if (counted.length) {
      const place = (cluster: ClusterMark): [string, number, number] => [String(cluster.count), cluster.x0 + barWidth(cluster, markSize) / 2 + scene.offset, top + cluster.y];
      texts(context, this.look<TextLook>('count'), 'center', counted.map(place), ratio);
    }
    return true;
  }

  /**
   * Reads the looks this frame needs and does not have yet, each from a node its layer's kind builds
   * for the first item that has it. All sample nodes go in at once and out at once: one style pass,
   * not one each.
   */
  private readLooks(marksByLook: Map<string, EventMark[]>, labelsByLook: Map<string, EventMark[]>, clusters: readonly ClusterMark[], samples: Samples): void {
    const wanted = new Map<string, { node: Node; layer: Element; read: (node: Node) => unknown }>();
    const want = <T>(key: string, kind: NodeKind<T>, layer: Element, item: T, read: (node: Node) => unknown) => {
      if (this.looks.has(key) || wanted.has(key)) return;
      const node = kind.create(kind.variant(item));
      kind.update(node, item);
      wanted.set(key, { node, layer, read });
    };
    const { layers } = samples;
    for (const [key, [mark]] of marksByLook) want(key, samples.event, layers.event, mark, markLook);
    for (const [key, [mark]] of labelsByLook) want(key, samples.label, layers.label, mark, textLook);
    if (clusters.length) {
      want('cluster', samples.cluster, layers.cluster, clusters[0], (node) => shapeLook(node.lastElementChild!));
      want('count', samples.count, layers.count, clusters[0], textLook);
    }
    for (const { node, layer } of wanted.values()) layer.append(node);
    for (const [key, { node, read }] of wanted) this.looks.set(key, read(node));
    for (const { node } of wanted.values()) node.remove();
  }

  private look<L>(key: string): L {
    return this.looks.get(key) as L;
  }
}

const markKey = ({ event, width }: EventMark, selected: string | null): string =>
  `mark ${width ? 'bar' : 'point'} ${event.kind} ${Boolean(event.approximate)} ${event.id === selected}`;

const labelKey = (mark: EventMark, selected: string | null): string => `label ${mark.event.id === selected}`;

function markLook(node: Node): MarkLook {
  return {
    parts: [...node.children].map((child) => ({
      element: child.classList.contains('hit') ? 'hit' : child.classList.contains('halo') ? 'halo' : 'shape',
      ...shapeLook(child),
    })),
    // :focus-visible draws its ring on the hit area; a sample node is never focused, so read the token.
    focus: { fill: null, stroke: getComputedStyle(node).getPropertyValue('--_focus').trim() || 'Highlight', lineWidth: 3, dash: [] },
  };
}

/** Kinds' outlines and the halo as Path2D, made once: a gesture draws hundreds of marks a frame. A few: the bound is never reached. */
const paths = new BoundedCache<Path2D>(100);
const shapePath = (d: string): Path2D => paths.remember(d, () => new Path2D(d));

/**
 * Fills, then strokes, as SVG paints a shape, with the styles set once for all items: `place` moves
 * to an item and returns its path, or builds it as the context's current path.
 */
function paintEach<T>(context: CanvasRenderingContext2D, look: ShapeLook, items: readonly T[], place: (item: T) => Path2D | void): void {
  if (look.fill) {
    context.fillStyle = look.fill;
    for (const item of items) {
      const path = place(item);
      if (path) context.fill(path);
      else context.fill();
    }
  }
  if (look.stroke && look.lineWidth) {
    context.strokeStyle = look.stroke;
    context.lineWidth = look.lineWidth;
    context.setLineDash(look.dash);
    for (const item of items) {
      const path = place(item);
      if (path) context.stroke(path);
      else context.stroke();
    }
  }
}

/** Items grouped by key, groups in the order their first item comes. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const circle = (r: number): Path2D =>
  paths.remember(`circle ${r}`, () => {
    const path = new Path2D();
    path.arc(0, 0, r, 0, 2 * Math.PI);
    return path;
  });

/** A bar from x = 0, centred on y = 0, as the current path. */
function roundedBar(context: CanvasRenderingContext2D, width: number, height: number, radius: number): void {
  context.beginPath();
  context.roundRect(0, -height / 2, width, height, radius);
}

/**
 * Texts of one look, each [text, x, centre y], on the baseline the HTML layer gives them: their line
 * box is centred on y, and Chromium puts the font's ascent and descent (rounded) in it, the half
 * of the leading above them rounded down. The halo is their stroke, drawn first, as `paint-order` has it.
 */
function texts(context: CanvasRenderingContext2D, look: TextLook, align: CanvasTextAlign, items: [string, number, number][], ratio: number): void {
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.font = look.font;
  context.textAlign = align;
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  context.setLineDash([]);
  const metrics = context.measureText('');
  const [ascent, descent] = [Math.round(metrics.fontBoundingBoxAscent), Math.round(metrics.fontBoundingBoxDescent)];
  const shift = -look.lineHeight / 2 + Math.floor((look.lineHeight - ascent - descent) / 2) + ascent;
  // Each text in its own direction, as the labels' dir="auto" has it: a right-to-left title cut short
  // ends in "…" on its left. textAlign "left" keeps it starting at x either way.
  const directions = items.map(([value]) => textDirection(value));
  const each = (paint: (value: string, x: number, y: number) => void) =>
    items.forEach(([value, x, y], i) => {
      if (context.direction !== directions[i]) context.direction = directions[i];
      paint(value, x, y + shift);
    });
  if (look.halo) {
    context.strokeStyle = look.halo.color;
    context.lineWidth = look.halo.width;
    each((value, x, y) => context.strokeText(value, x, y));
  }
  context.fillStyle = look.color;
  each((value, x, y) => context.fillText(value, x, y));
}

/** The scripts written right to left that Unicode has letters for. */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/** A text's direction as `dir="auto"` finds it: that of its first letter (left to right without one). */
function textDirection(text: string): CanvasDirection {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter && RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}
