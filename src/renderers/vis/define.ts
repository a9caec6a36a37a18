import { VisView } from './vis-view.js';

// Loaded only by <archive-timeline renderer="vis">, through import(): a chunk of its own.
if (!customElements.get('archive-vis-view')) customElements.define('archive-vis-view', VisView);
