// What the editor gives a museum to paste: built as DOM nodes and serialised by the browser, so every
// text and address from the data is escaped as HTML requires; nothing from the data is joined into markup.
import { BUILD_FILE, formatEventDate } from './editor-library.js';

/** The element's attributes for the options, leaving out those at their default. */
export function elementAttributes(options) {
  const attributes = [];
  if (options.lanes !== 'kind') attributes.push(['lanes', options.lanes]);
  if (options.start) attributes.push(['start', options.start]);
  if (options.end) attributes.push(['end', options.end]);
  if (options.view !== 'timeline') attributes.push(['view', options.view]);
  if (options.theme !== 'auto') attributes.push(['theme', options.theme]);
  if (options.locale) attributes.push(['locale', options.locale]);
  if (options.renderer !== 'svg') attributes.push(['renderer', options.renderer]);
  if (options.deepLink) attributes.push(['deep-link', '']);
  return attributes;
}

const doc = document.implementation.createHTMLDocument('');

/** An element with attributes and children (nodes or texts), in a document of its own. */
function node(name, attributes = [], children = []) {
  const element = doc.createElement(name);
  for (const [key, value] of attributes) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** Children on lines of their own, indented by `depth` steps of two spaces. */
function lines(depth, children) {
  const indent = `\n${'  '.repeat(depth)}`;
  return [...children.flatMap((child) => [indent, child]), `\n${'  '.repeat(depth - 1)}`];
}

const moduleScript = () => node('script', [['type', 'module'], ['src', BUILD_FILE]]);
const serialise = (...nodes) => nodes.map((each) => each.outerHTML).join('\n');

/** 1. The script and the element reading the data file at `address`. */
export function elementSnippet(options, address) {
  return serialise(moduleScript(), node('archive-timeline', [['src', address], ...elementAttributes(options)]));
}

/** The host page's side of the iframe: sizes each frame to the height its timeline reports (demo/iframe-host.js). */
const AUTO_HEIGHT = `
  window.addEventListener('message', (event) => {
    if (!event.data || event.data.type !== 'archive-timeline:height') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
    }
  });
`;

/** The embed page's query string for the options (demo/embed.js reads it). */
export function embedQuery(options, address) {
  const query = new URLSearchParams({ src: address });
  for (const [name, value] of elementAttributes(options)) query.set(name, value);
  return query.toString();
}

/** 2. The iframe of the embed page, and the script that lets it grow to fit unless a height is given. */
export function iframeSnippet(options, address, embedPage, title) {
  const frame = node('iframe', [
    ['src', `${embedPage}?${embedQuery(options, address)}`],
    ['title', title],
    ['width', '100%'],
    ['height', String(options.height || 600)],
    ['frameborder', '0'],
  ]);
  return options.height ? serialise(frame) : serialise(frame, node('script', [], [AUTO_HEIGHT]));
}

/** One event as a list item the element reads (src/components/archive-timeline/light-dom.ts). */
function listItem(event, locale) {
  const parts = [node('time', [['datetime', event.date]], [formatEventDate(event, locale).text]), node('strong', [], [event.title])];
  if (event.source?.url) parts.push(node('a', [['href', event.source.url]], [event.source.title]));
  if (event.summary) parts.push(node('p', [], [event.summary]));
  return node('li', [['id', event.id], ['data-kind', event.kind]], lines(3, parts));
}

/** 3. The element with the events written inside: a heading and an ordered list, upgraded by the script. */
export function listSnippet(options, dataset, locale) {
  const list = node('ol', dataset.lang ? [['lang', dataset.lang]] : [], lines(2, dataset.events.map((event) => listItem(event, locale))));
  const heading = node('h2', [], [dataset.title]);
  return serialise(moduleScript(), node('archive-timeline', elementAttributes(options), lines(1, dataset.title ? [heading, list] : [list])));
}

/** A file name from the dataset's title: "Soong in Moscow, 1945" becomes "soong-in-moscow-1945.json". */
export function fileName(title) {
  const slug = String(title || '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'timeline'}.json`;
}

/** 4. The checked dataset in our format, as a file for `src`. */
export function datasetFile(dataset) {
  const { title, description, lang, events } = dataset;
  const text = `${JSON.stringify({ title, ...(description ? { description } : {}), ...(lang ? { lang } : {}), events }, null, 2)}\n`;
  return { name: fileName(title), text };
}
