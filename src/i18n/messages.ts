import { ENGLISH_DATE_WORDS, type DateWords } from '../model/format.js';
import type { ProblemTexts } from '../model/problem-texts.js';
import type { EventKind } from '../model/types.js';

/** A text that depends on a count: forms by Intl plural category, `other` always present. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every text the widget shows. `{name}` placeholders are filled in by `format`. The optional ones are
 * those only a later state shows (the source panel, the problems alert, the list): their English comes
 * with the chunk that shows them (en-later.ts), not with the first paint; other tables have them all.
 */
export interface Messages {
  loading: string;
  loaded: Plural;
  loadFailed: string;
  reasonStatus: string;
  reasonNotFound: string;
  reasonServerError: string;
  reasonUnreachable: string;
  reasonNotJson: string;
  reasonHtml: string;
  reasonEmpty: string;
  reasonCutOff: string;
  reasonTimeout: string;
  retry: string;
  rendererFailed: string;
  /** Said instead of the vis renderer for a dataset of deep time, which the default renderer draws. */
  visNoDeepTime: string;
  eventsLeftOut?: Plural;
  problemsFound?: Plural;
  moreProblems?: string;
  noEvents: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  zoom: string;
  zoomHint: string;
  /** The same, where the pointer is a finger (a phone, a tablet). */
  touchZoomHint: string;
  cluster: Plural;
  timelineLabel: Plural;
  legend: string;
  views: string;
  viewTimeline: string;
  viewList: string;
  listLabel?: string;
  search: string;
  matches: Plural;
  noMatches: string;
  close?: string;
  closePanel?: string;
  stepThrough?: string;
  previous?: string;
  next?: string;
  copyLink?: string;
  linkCopied?: string;
  date?: string;
  place?: string;
  participants?: string;
  parties?: string;
  source?: string;
  refersTo?: string;
  referredToBy?: string;
  rights?: string;
  transcript?: string;
  transcriptLoading?: string;
  transcriptFailed?: string;
  viewOriginal?: string;
  unmatchedMentions?: Plural;
  selected: string;
  panelClosed: string;
  kinds: Record<EventKind, string>;
  /** `region`: the name of the lanes' labels when they scroll (renderer="vis"). */
  lanes: { unspecified: string; region: string };
  dateWords: DateWords;
  /** Problems in the data, by code (model/problem-texts.ts); a code left out is said in English. */
  problems: Partial<ProblemTexts>;
}

export const en: Messages = {
  loading: 'Loading timeline…',
  loaded: { one: 'Timeline loaded: 1 event.', other: 'Timeline loaded: {count} events.' },
  loadFailed: 'The timeline data could not be loaded from “{src}”: {reason}.',
  reasonStatus: 'the server answered {status}',
  reasonNotFound: 'there is no file at this address (the server answered {status}); check the address',
  reasonServerError: 'the server had a problem (it answered {status}); try again later',
  reasonUnreachable: 'the address could not be reached, or its server does not allow this page to read it',
  reasonNotJson: 'the file is not valid JSON',
  reasonHtml: 'the address leads to a web page (HTML), not to the file itself',
  reasonEmpty: 'the file is empty',
  reasonCutOff: 'the connection broke before the whole file arrived; try again',
  reasonTimeout: 'the server took too long to send the file',
  retry: 'Retry',
  rendererFailed: 'The vis-timeline renderer could not be loaded.',
  visNoDeepTime: 'vis-timeline cannot show deep time: the default renderer shows this timeline.',
  noEvents: 'This timeline has no events to show.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  zoom: 'Zoom',
  cluster: { other: '{count} events, {dates}: zoom in to see them' },
  zoomHint: 'Hold Ctrl (⌘ on Mac) and scroll to zoom; drag to move.',
  touchZoomHint: 'Pinch to zoom; drag to move.',
  timelineLabel: { one: '{title}: timeline of 1 event', other: '{title}: timeline of {count} events' },
  legend: 'Show or hide kinds of event',
  views: 'View',
  viewTimeline: 'Timeline',
  viewList: 'List',
  search: 'Search events',
  matches: { one: '1 event matches.', other: '{count} events match.' },
  noMatches: 'No events match.',
  selected: 'Selected: {title}, {date}.',
  panelClosed: 'Source panel closed.',
  kinds: { meeting: 'Meeting', cable: 'Cable', message: 'Message', treaty: 'Treaty', conference: 'Conference', other: 'Other' },
  lanes: { unspecified: 'Unspecified', region: 'Lanes' },
  dateWords: ENGLISH_DATE_WORDS,
  // The source panel's, the problems alert's and the list's texts come with them: en-later.ts.
  // English is the model's own: problems carry it as their `message`.
  problems: {},
};

const pluralRules = new Map<string, Intl.PluralRules>();

/** Fills `{name}` placeholders; a Plural picks its form for `values.count` in `locale`. */
export function format(template: string | Plural, values: Record<string, string | number> = {}, locale = 'en'): string {
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    // Made once per locale: names of clusters are formatted on every zoom step.
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    const category = rules.select(Number(values.count ?? 0));
    text = template[category] ?? template.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
