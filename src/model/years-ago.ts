import { deepYears, type DateWords } from './format.js';

/** "Years ago" count from 1950, as radiocarbon's "before present" does, so a text does not change with the clock. */
const PRESENT = 1950;

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "541 million years ago", "13.8 billion years ago": a year of deep time in the reader's language (Intl's compact words). */
export function yearsAgo(year: number, locale: string, words: Pick<DateWords, 'yearsAgo'>): string {
  let compact = compactFormats.get(locale);
  if (!compact) compactFormats.set(locale, (compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })));
  return words.yearsAgo.replace('{count}', compact.format(PRESENT - year));
}

// Loading this module is what makes every date of deep time read as years ago (format.ts asks deepYears).
deepYears.format = yearsAgo;
