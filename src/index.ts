import { ArchiveTimeline } from './components/archive-timeline/archive-timeline.js';
import { define } from './components/define.js';
import { resolveLocale } from './i18n/locale.js';
import { warmDates } from './model/format.js';
import { spreadsheetReader } from './components/shared/load-json.js';
import { TimelineView } from './components/timeline-view/timeline-view.js';

export { ArchiveTimeline, TimelineView };
// Registered by <archive-timeline> when first needed (they are chunks of their own).
export type { EventList } from './components/event-list/event-list.js';
export type { SourcePanel } from './components/source-panel/source-panel.js';
export { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './components/events.js';
export { validateDataset } from './model/validate.js';
export { checkData, type ReadData } from './model/check-data.js';
export { DATA_FORMATS, type DataFormat } from './model/formats/detect.js';
export type { DataHint } from './model/formats/read-text.js';
export { parseCalendarDate } from './model/calendar.js';
export { formatCalendarDate, formatEventDate } from './model/format.js';
export { defineMessages } from './i18n/locale.js';
export type { Messages, Plural } from './i18n/messages.js';
export type * from './model/types.js';
export type { Phrase, PhraseValue, ProblemCode, ProblemTexts } from './model/problem-texts.js';

/**
 * Reads data as text in any format the element reads (JSON of ours, TimelineJS 3 or 2, vis items; CSV,
 * TSV) into input for `validateDataset`, with the problems met and the format read: `readDataText` of
 * model/formats/read-text.ts (where DATA_FORMATS lists the formats), loaded on first call with the
 * element's own spreadsheet loader, the CSV parser and the converters (chunks of their own).
 */
export const readData = (...args: Parameters<typeof import('./model/formats/read-text.js').readDataText>) =>
  spreadsheetReader().then((module) => module.readDataText(...args));

/**
 * The address a Google Sheet's data is read from, as CSV, for a sheet's address as people copy it
 * (…/edit#gid=N, …/pubhtml, …/pub?output=csv); undefined for any other address. Loads on first call.
 */
export const sheetCsvAddress = (address: string) => spreadsheetReader().then((module) => module.sheetCsvAddress(address));

/** Says problems in a locale's language, as the element's alert does (its tables load on first use). */
export const problemWords = async (locale: string) => (await import('./i18n/problem-words.js')).problemWords(locale);

define('archive-timeline', ArchiveTimeline);
define('archive-timeline-view', TimelineView);
// Intl's start-up while the page loads, for an element made later; one already in the page is
// fetching its data and starts Intl meanwhile (its load task).
if (!document.querySelector('archive-timeline')) warmDates(resolveLocale(undefined, document.documentElement));
