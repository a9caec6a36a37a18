import { define } from '../define.js';
import { EventList } from './event-list.js';

// Loaded through import() when <archive-timeline> first shows the list (or soon after it first draws): a chunk of its own.
define('archive-event-list', EventList);
