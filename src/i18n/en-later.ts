import type { Messages } from './messages.js';

/**
 * English texts that only a later state shows, kept out of the first paint: each comes with the
 * chunk that shows it (the source panel, the problems alert, the list), under the element's table,
 * so a table in another language, or the page's own words, still have the last word. The other
 * languages' tables (ru.ts, zh.ts) have these texts too.
 */
type Texts<Key extends keyof Messages> = Required<Pick<Messages, Key>>;

export type PanelTexts = Texts<
  | 'close' | 'closePanel' | 'stepThrough' | 'previous' | 'next' | 'copyLink' | 'linkCopied' | 'date' | 'place' | 'participants'
  | 'parties' | 'source' | 'refersTo' | 'referredToBy' | 'rights' | 'transcript' | 'transcriptLoading' | 'transcriptFailed'
  | 'viewOriginal' | 'unmatchedMentions'
>;
export type AlertTexts = Texts<'eventsLeftOut' | 'problemsFound' | 'moreProblems'>;
export type ListTexts = Texts<'listLabel'>;

/** The source panel's. */
export const EN_PANEL: PanelTexts = {
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
};

/** The problems alert's. */
export const EN_ALERT: AlertTexts = {
  eventsLeftOut: {
    one: '1 event was left out because of a problem in the data:',
    other: '{count} events were left out because of problems in the data:',
  },
  problemsFound: { one: '1 problem was found in the data:', other: '{count} problems were found in the data:' },
  moreProblems: '…and {count} more (see the browser console).',
};

/** The list's. */
export const EN_LIST: ListTexts = {
  listLabel: 'Events in time order',
};

/** `strings` with `english` under it: the English of the texts a chunk shows, where the element's table lacks them. */
export const withEnglish = <English extends object>(english: English, strings: Messages): Messages & English => ({ ...english, ...strings });
