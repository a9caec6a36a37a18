import { define } from '../../components/define.js';
import { VisView } from './vis-view.js';

// Loaded only by <archive-timeline renderer="vis">, through import(): a chunk of its own.
define('archive-vis-view', VisView);
