import { define } from '../define.js';
import { SourcePanel } from './source-panel.js';

// Loaded through import() when <archive-timeline> first opens a panel: a chunk of its own.
define('archive-source-panel', SourcePanel);

// The host keeps one cache of transcripts for all the panels it opens: made when the first one opens.
export { TranscriptCache } from './transcript-cache.js';
