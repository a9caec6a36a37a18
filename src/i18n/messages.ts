import { ENGLISH_DATE_WORDS, type DateWords } from '../model/format.js';
import type { ProblemTexts } from '../model/problem-texts.js';
import type { EventKind } from '../model/types.js';

/** A text that depends on a count: forms by Intl plural category, `other` always present. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every text the widget shows. `{name}` placeholders are filled in by `format`. */
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
  eventsLeftOut: Plural;
  problemsFound: Plural;
  moreProblems: string;
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
  listLabel: string;
  search: string;
  matches: Plural;
  noMatches: string;
  close: string;
  closePanel: string;
  stepThrough: string;
  previous: string;
  next: string;
  copyLink: string;
  linkCopied: string;
  date: string;
  place: string;
  participants: string;
  parties: string;
  source: string;
  refersTo: string;
  referredToBy: string;
  rights: string;
  transcript: string;
  transcriptLoading: string;
  transcriptFailed: string;
  viewOriginal: string;
  unmatchedMentions: Plural;
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
  eventsLeftOut: {
    one: '1 event was left out because of a problem in the data:',
    other: '{count} events were left out because of problems in the data:',
  },
  problemsFound: { one: '1 problem was found in the data:', other: '{count} problems were found in the data:' },
  moreProblems: '…and {count} more (see the browser console).',
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
  listLabel: 'Events in time order',
  search: 'Search events',
  matches: { one: '1 event matches.', other: '{count} events match.' },
  noMatches: 'No events match.',
  close: 'Close',
  closePanel: 'Close the source panel',
  stepThrough: 'Step through events',
  previous: 'Previous',
  next: 'Next',
  copyLink: 'Copy link to this event',
  linkCopied: 'Link copied.',
  date: 'Date',
  place: 'Place',
  participants: 'Participants',
  parties: 'Parties',
  source: 'Source',
  refersTo: 'Refers to',
  referredToBy: 'Referred to by',
  rights: 'Rights',
  transcript: 'Transcript',
  transcriptLoading: 'Loading the transcript…',
  transcriptFailed: 'The transcript could not be loaded: {reason}.',
  viewOriginal: 'View the original',
  unmatchedMentions: {
    one: '1 reference of this document could not be found in its transcript.',
    other: '{count} references of this document could not be found in its transcript.',
  },
  selected: 'Selected: {title}, {date}.',
  panelClosed: 'Source panel closed.',
  kinds: { meeting: 'Meeting', cable: 'Cable', message: 'Message', treaty: 'Treaty', conference: 'Conference', other: 'Other' },
  lanes: { unspecified: 'Unspecified', region: 'Lanes' },
  dateWords: ENGLISH_DATE_WORDS,
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
