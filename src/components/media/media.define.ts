import { define } from '../define.js';
import { MediaGallery } from './media-gallery.js';
import { MediaViewer } from './media-viewer.js';

// Loaded through import() when the first panel with media opens: a chunk of its own.
define('archive-media-gallery', MediaGallery);
define('archive-media-viewer', MediaViewer);

export { embedHosts } from './embeds.js';
