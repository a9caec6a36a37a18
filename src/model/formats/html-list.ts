import { phrase } from '../problem-texts.js';
import { saying } from './problem-texts.js';
import { EVENT_KINDS, type DatasetInput, type EventInput, type EventKind, type Problem } from '../types.js';
import { slugify, uniqueIds } from './plain-text.js';

/** What a light-DOM list item says, read by the element from `<li>`s (text only, no markup). */
export interface ListItem {
  id?: string;
  /** The `datetime` of the item's `<time>`. */
  datetime?: string;
  title: string;
  summary?: string;
  /** The `href` of the item's link, its source. */
  href?: string;
  kind?: string;
}

/**
 * Converts the items of a progressively enhanced `<ol>` into a dataset. Items without a
 * `<time datetime>` cannot be placed in time: they are reported and left out.
 */
export function fromListItems(items: readonly ListItem[], title = 'Timeline', lang?: string): { dataset: DatasetInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const nextId = uniqueIds();
  const events: EventInput[] = [];
  items.forEach((item, index) => {
    if (!item.datetime) {
      const n = String(index + 1);
      const subject = item.title ? phrase('listItemTitled', { n, title: `"${item.title.slice(0, 40)}"` }) : phrase('listItem', { n });
      problems.push({ field: 'datetime', ...saying(phrase('says', { subject, detail: phrase('noTime') })) });
      return;
    }
    const event: EventInput = {
      id: nextId(slugify(item.id || item.title), `item-${index + 1}`),
      title: item.title || 'Untitled',
      date: item.datetime,
      kind: EVENT_KINDS.includes(item.kind as EventKind) ? (item.kind as EventKind) : 'other',
    };
    if (item.summary) event.summary = item.summary;
    if (item.href) event.source = { title: item.title || item.href, url: item.href };
    events.push(event);
  });
  return { dataset: { title, ...(lang ? { lang } : {}), events }, problems };
}
