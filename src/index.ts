import { ArchiveTimeline } from './components/archive-timeline.js';
import { define } from './components/define.js';
import { EventList } from './components/event-list.js';
import { TimelineView } from './components/timeline-view.js';

export { ArchiveTimeline, EventList, TimelineView };
// Registered by <archive-timeline> when first needed (it is a chunk of its own).
export type { SourcePanel } from './components/source-panel.js';
export { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './components/events.js';
export { validateDataset } from './model/validate.js';
export { parseCalendarDate } from './model/calendar.js';
export { formatCalendarDate, formatEventDate } from './model/format.js';
export { defineMessages } from './i18n/locale.js';
export type { Messages, Plural } from './i18n/messages.js';
export type * from './model/types.js';

define('archive-timeline', ArchiveTimeline);
define('archive-timeline-view', TimelineView);
define('archive-event-list', EventList);
