const SVG = 'http://www.w3.org/2000/svg';

export type Node = SVGElement | HTMLElement;

/** An element with the attributes and children given: what a layer's nodes are built from. */
function element<E extends Element>(made: E, attributes: Record<string, string | number>, children: Element[]): E {
  for (const [attribute, value] of Object.entries(attributes)) made.setAttribute(attribute, String(value));
  made.append(...children);
  return made;
}

export const svgElement = (name: string, attributes: Record<string, string | number> = {}, ...children: Element[]): SVGElement =>
  element(document.createElementNS(SVG, name) as SVGElement, attributes, children);

export const htmlElement = (name: string, attributes: Record<string, string | number> = {}, ...children: Element[]): HTMLElement =>
  element(document.createElement(name), attributes, children);

const prototypes = new Map<string, Node>();

/** A copy of the node `make` builds, made once per `key`: cloning a node costs less than building it attribute by attribute. */
export function cloneOf(key: string, make: () => Node): Node {
  let prototype = prototypes.get(key);
  if (!prototype) prototypes.set(key, (prototype = make()));
  return prototype.cloneNode(true) as Node;
}

/** What this module last set on each element, so unchanged values cost a lookup, not a DOM call. */
const written = new WeakMap<Element, Map<string, string>>();

/** Sets an attribute (or, for "transform", the CSS transform) only when it changes. */
function write(element: Element, name: string, value: string, apply: () => void): void {
  let values = written.get(element);
  if (!values) written.set(element, (values = new Map()));
  if (values.get(name) === value) return;
  values.set(name, value);
  apply();
}

/** Sets an attribute only when it changes: most of a mark's attributes stay the same from one zoom step to the next. */
export function setAttr(element: Element, name: string, value: string | number): void {
  const text = String(value);
  write(element, name, text, () => element.setAttribute(name, text));
}

/**
 * Moves an element by a CSS transform rather than an SVG transform attribute, which Chromium
 * handles without laying the element out again; and only when its place changes.
 */
export function moveTo(element: Node, x: number, y: number): void {
  const position = `translate(${x}px,${y}px)`;
  write(element, ' transform', position, () => (element.style.transform = position));
}

/** Sets an element's text only when it changes. */
export function setText(element: Element, text: string): void {
  write(element, ' text', text, () => (element.textContent = text));
}

/** How a layer draws one kind of item: a node made once, then brought up to date for each item it shows. */
export interface NodeKind<T> {
  /** Items of different variants (a bar, a point) never share a node. */
  variant(item: T): string;
  create(variant: string): Node;
  update(node: Node, item: T): void;
}

export interface JoinOptions {
  /** Never reused for another item: the focused mark (focus must not move to another event). */
  keep?: Element | null;
  /**
   * Whether the nodes follow the items' order (what a screen reader reads in); layers hidden from
   * assistive technology skip it and leave reused nodes where they are.
   */
  ordered?: boolean;
  /**
   * What the nodes show besides their items (the selection, the tab stop, the language): a node
   * already showing the same item object under the same version is not written again. A pan within
   * the laid-out stretch keeps every item, so it writes nothing.
   */
  version?: string;
}

/**
 * Joins items to the children of `parent`, as d3's selection.join does: a node per key is kept
 * while its item stays in view, nodes whose items left are reused for items that came in, extra
 * ones are removed, and only what changed is written. A zoom step replaces dozens of marks:
 * reusing their nodes costs less than building each anew from a template, as Lit's repeat does.
 */
export function joinByKey<T>(parent: Element, items: readonly T[], key: (item: T) => string, kind: NodeKind<T>, options: JoinOptions = {}): void {
  const { keep = null, ordered = true, version = '' } = options;
  const wanted = new Map<string, string>();
  for (const item of items) wanted.set(key(item), kind.variant(item));
  // Nodes whose item stays, by key; the others are free for the items that came in.
  const kept = new Map<string, Node>();
  const spare = new Map<string, Node[]>();
  for (const child of parent.children as HTMLCollectionOf<Node>) {
    const drawn = shown.get(child);
    if (!drawn) continue;
    if (wanted.get(drawn.key) === drawn.variant && !kept.has(drawn.key)) kept.set(drawn.key, child);
    else if (child !== keep) {
      let free = spare.get(drawn.variant);
      if (!free) spare.set(drawn.variant, (free = []));
      free.push(child);
    }
  }
  const nodes = items.map((item) => {
    const id = key(item);
    const variant = wanted.get(id)!;
    const node = kept.get(id) ?? spare.get(variant)?.pop() ?? kind.create(variant);
    const drawn = shown.get(node);
    if (drawn?.item !== item || drawn.version !== version) {
      kind.update(node, item);
      shown.set(node, { key: id, variant, item, version });
    }
    return node;
  });
  for (const free of spare.values()) for (const node of free) node.remove();
  if (keep && !nodes.includes(keep as Node) && keep.parentNode === parent) keep.remove();
  if (!ordered) {
    for (const node of nodes) if (node.parentNode !== parent) parent.append(node);
    return;
  }
  // Walk the nodes that stayed (in order already), putting reused and new ones where they belong.
  let cursor: ChildNode | null = parent.firstChild;
  const skip = () => {
    while (cursor && !(cursor instanceof Element && kept.get(shown.get(cursor)?.key ?? '') === cursor)) cursor = cursor.nextSibling;
  };
  // What goes after the last node that stayed (every node of a first draw) goes in at once.
  const after = document.createDocumentFragment();
  for (const node of nodes) {
    skip();
    if (!cursor) after.append(node);
    else if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
  parent.append(after);
}

/** The key, variant and item each node shows now, and under which version. */
const shown = new WeakMap<Element, { key: string; variant: string; item: unknown; version: string }>();
