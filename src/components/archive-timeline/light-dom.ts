import { fromListItems, type ListItem } from '../../model/formats/html-list.js';
import { saying } from '../../model/formats/problem-texts.js';
import { languageAround } from '../../i18n/locale.js';
import { languageTag } from '../../model/language-tag.js';
import { phrase } from '../../model/problem-texts.js';
import type { Problem } from '../../model/types.js';
import { DATA_INSIDE } from './data-inside.js';

/** Data written inside the element: a `<script type="application/json">` or a list to upgrade. */
export type LightDomData =
  | { kind: 'json'; text: string }
  | { kind: 'list'; items: ListItem[]; title?: string; lang?: string };

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Reads the element's own children: a JSON dataset in a script, or an `<ol>`/`<ul>` whose
 * `<li>`s each hold a `<time datetime>`, a title (a link's text, a heading, or the item's text)
 * and optionally a `<p>` summary. Only text and attributes are read; nothing is rendered from it.
 * The list's language (its `lang`, or its ancestors') becomes the data's.
 */
export function readLightDom(host: HTMLElement): LightDomData | undefined {
  const script = host.querySelector(DATA_INSIDE.script);
  if (script) return { kind: 'json', text: script.textContent ?? '' };
  const list = host.querySelector(DATA_INSIDE.list);
  if (!list) return undefined;
  const heading = host.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4');
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')].map((li): ListItem => {
    const time = li.querySelector('time[datetime]');
    const link = li.querySelector<HTMLAnchorElement>('a[href]');
    const titleElement = li.querySelector('h2, h3, h4, strong, cite') ?? link;
    const summary = li.querySelector('p');
    let title = text(titleElement);
    if (!title) {
      const copy = li.cloneNode(true) as Element;
      copy.querySelectorAll('time, p').forEach((node) => node.remove());
      title = text(copy);
    }
    return {
      id: li.id || undefined,
      datetime: time?.getAttribute('datetime') ?? undefined,
      title,
      summary: text(summary) || undefined,
      href: link?.href,
      kind: li.dataset.kind,
    };
  });
  return { kind: 'list', items, title: text(heading) || undefined, lang: languageTag(languageAround(list)) };
}

/** The dataset written inside the element (a JSON script, or a list to upgrade), with its problems. */
export function lightDomDataset(host: HTMLElement): { input?: unknown; problems: Problem[] } {
  const found = readLightDom(host);
  if (!found) return { problems: [] };
  if (found.kind === 'list') {
    const { dataset, problems } = fromListItems(found.items, found.title, found.lang);
    return { input: dataset, problems };
  }
  try {
    return { input: JSON.parse(found.text), problems: [] };
  } catch {
    return { problems: [{ field: 'script', ...saying(phrase('scriptNotJson')) }] };
  }
}
