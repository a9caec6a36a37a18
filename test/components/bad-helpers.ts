import type { ArchiveTimeline } from '../../src/index.js';
import type { Problem } from '../../src/model/types.js';
import { loadTimeline, panel, panelPart, settle, view, waitFor } from './helpers.js';

export const BAD = '/test/fixtures/bad/';

/** What a fixture must do: the valid events drawn, and words every report must contain. */
export interface Expected {
  rendered: string[];
  messages: string[];
}

interface Trapped {
  __pwned?: boolean;
  __trap?: () => void;
}

const trapped = window as unknown as Trapped;

/** Every payload in the fixtures sets `window.__pwned` or calls `__trap()`: arm both. */
export function armTrap(): void {
  trapped.__pwned = false;
  trapped.__trap = () => {
    trapped.__pwned = true;
  };
}

export const trapSprung = (): boolean => trapped.__pwned === true;

/** Records uncaught errors and rejections until `stop()`. */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Replaces console.warn with a recorder until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** Loads data into a new element by `src` or by `events`, collecting every timeline-error. */
export async function loadBad(
  input: { src: string } | { events: ArchiveTimeline['events'] },
): Promise<{ element: ArchiveTimeline; reported: Problem[] }> {
  const reported: Problem[] = [];
  const element = await loadTimeline({}, (el) => {
    el.addEventListener('timeline-error', (event) => reported.push(...event.detail.errors));
    if ('src' in input) el.src = input.src;
    else el.events = input.events;
  });
  return { element, reported };
}

/** Ids of the drawn event marks (none when the view is not drawn at all). */
export function drawnIds(element: ArchiveTimeline): string[] {
  const root = view(element)?.shadowRoot;
  return root ? [...root.querySelectorAll<SVGGElement>('[part~="event"]')].map((mark) => mark.dataset.eventId ?? '') : [];
}

/** The element's own alert (not the panel's), once it is rendered. */
export function alertOf(element: ArchiveTimeline): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
}

export function isVisible(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && node.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/** The element's shadow root and every shadow root nested in it. */
export function shadowTrees(element: ArchiveTimeline): ShadowRoot[] {
  const trees: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    trees.push(root);
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
  };
  visit(element.shadowRoot!);
  return trees;
}

const LINK_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction'];
const UNSAFE_SCHEME = /^(javascript|data|vbscript):/i;

/** Every link-like attribute in the element's shadow trees whose address would run code or carry a document. */
export function unsafeLinks(element: ArchiveTimeline): string[] {
  const found: string[] = [];
  for (const tree of shadowTrees(element)) {
    for (const node of tree.querySelectorAll('*')) {
      for (const name of LINK_ATTRIBUTES) {
        // The URL parser drops leading spaces and control characters and inner tabs and line breaks.
        const value = [...(node.getAttribute(name) ?? '')].filter((char) => char > ' ').join('');
        if (value && UNSAFE_SCHEME.test(value)) found.push(`<${node.localName} ${name}="${value}">`);
      }
    }
  }
  return found;
}

/** Elements that can only come from markup in data: nothing the widget draws is one of them. */
export const LIVE_MARKUP = 'script, img, iframe, object, embed, svg[onload], [onerror], [onload], [srcdoc]';

export function liveMarkupIn(root: ParentNode | null | undefined): string[] {
  return root ? [...root.querySelectorAll(LIVE_MARKUP)].map((node) => node.outerHTML.slice(0, 80)) : [];
}

/** Opens the panel of `id` and waits for it and its inline transcript (if any) to render. */
export async function openPanel(element: ArchiveTimeline, id: string, hasTranscript: boolean): Promise<ShadowRoot> {
  element.selected = id;
  await settle(element);
  await waitFor(element, () => panel(element)?.event?.id === id && panelPart(element, 'panel'));
  if (hasTranscript) await waitFor(element, () => panelPart(element, 'transcript'));
  return panel(element)!.shadowRoot!;
}

/** Gives injected handlers (an image's failed load, an iframe's script) time to run. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many events of a dataset text are in it at all, or undefined when it holds no list of events. */
export function rawEventCount(text: string): number | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(json)) return json.length;
  const events = typeof json === 'object' && json !== null ? (json as { events?: unknown }).events : undefined;
  return Array.isArray(events) ? events.length : undefined;
}
