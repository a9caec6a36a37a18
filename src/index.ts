import { ArchiveTimeline } from './components/archive-timeline/archive-timeline.js';
import { define } from './components/define.js';
import { TimelineView } from './components/timeline-view/timeline-view.js';

export { ArchiveTimeline, TimelineView };
// Registered by <archive-timeline> when first needed (they are chunks of their own).
export type { EventList } from './components/event-list/event-list.js';
export type { SourcePanel } from './components/source-panel/source-panel.js';
export { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './components/events.js';
export { validateDataset } from './model/validate.js';
export { checkData, type ReadData } from './model/check-data.js';
export { DATA_FORMATS, type DataFormat } from './model/formats/detect.js';
export type { DataTextHint } from './model/formats/read-text.js';
export { parseCalendarDate } from './model/calendar.js';
export { formatCalendarDate, formatEventDate } from './model/format.js';
export { defineMessages } from './i18n/locale.js';
export type { Messages, Plural } from './i18n/messages.js';
export type * from './model/types.js';
export type { Phrase, PhraseValue, ProblemCode, ProblemTexts } from './model/problem-texts.js';

/**
 * Reads the text of a data file in any format the element reads (see `DATA_FORMATS`) and converts
 * it to ours, ready for `checkData`; a JSON syntax error is a problem with its line and column.
 * The readers load on first use (a chunk of their own).
 */
export const readData = async (...args: Parameters<ReadDataText>): Promise<ReturnType<ReadDataText>> =>
  (await import('./model/formats/read-text.js')).readDataText(...args);
type ReadDataText = typeof import('./model/formats/read-text.js').readDataText;

/** Says problems in a locale's language, as the element's alert does (its tables load on first use). */
export const problemWords = async (locale: string) => (await import('./i18n/problem-words.js')).problemWords(locale);

define('archive-timeline', ArchiveTimeline);
define('archive-timeline-view', TimelineView);
