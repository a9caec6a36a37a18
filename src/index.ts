import { ArchiveTimeline } from './components/archive-timeline.js';
import { EventList } from './components/event-list.js';
import { SourcePanel } from './components/source-panel.js';
import { TimelineView } from './components/timeline-view.js';

export { ArchiveTimeline, EventList, SourcePanel, TimelineView };
export { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './components/events.js';
export { validateDataset } from './model/validate.js';
export { parseCalendarDate } from './model/calendar.js';
export { formatCalendarDate, formatEventDate } from './model/format.js';
export { defineMessages } from './i18n/locale.js';
export type { Messages, Plural } from './i18n/messages.js';
export type * from './model/types.js';

/** Registration in one place; defining twice (two bundles, or one loaded twice) is harmless. */
const elements: [string, CustomElementConstructor][] = [
  ['archive-timeline', ArchiveTimeline],
  ['archive-timeline-view', TimelineView],
  ['archive-event-list', EventList],
  ['archive-source-panel', SourcePanel],
];
for (const [name, constructor] of elements) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
