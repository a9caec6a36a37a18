// The one place the editor names the built element: when the build moves, only this line changes.
export * from '../dist/cdn/archive-timeline.js';

/** The build's file as a museum copies it next to its pages, named so in the snippets. */
export const BUILD_FILE = 'archive-timeline.js';
