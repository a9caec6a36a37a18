import { ArchiveTimeline } from './components/archive-timeline/archive-timeline.js';
import { define } from './components/define.js';
import { TimelineView } from './components/timeline-view/timeline-view.js';

export { ArchiveTimeline, TimelineView };
// Registered by <archive-timeline> when first needed (they are chunks of their own).
export type { EventList } from './components/event-list/event-list.js';
export type { SourcePanel } from './components/source-panel/source-panel.js';
export { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './components/events.js';
export { validateDataset } from './model/validate.js';
export { parseCalendarDate } from './model/calendar.js';
export { formatCalendarDate, formatEventDate } from './model/format.js';
export { defineMessages } from './i18n/locale.js';
export type { Messages, Plural } from './i18n/messages.js';
export type * from './model/types.js';
export type { Phrase, PhraseValue, ProblemCode, ProblemTexts } from './model/problem-texts.js';

define('archive-timeline', ArchiveTimeline);
define('archive-timeline-view', TimelineView);
