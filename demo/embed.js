// The iframe embed: settings come from the query string, the height goes to the parent page.
import '../dist/cdn/archive-timeline.js';

const ATTRIBUTES = ['src', 'lanes', 'view', 'locale', 'theme', 'renderer', 'start', 'end', 'format'];
const params = new URLSearchParams(location.search);
const timeline = document.querySelector('archive-timeline');

for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
if (params.get('event')) timeline.setAttribute('selected', params.get('event'));
// The page's language is the data's, unless the dataset names its own: `lang`, else the locale's.
const lang = params.get('lang') || params.get('locale');
if (lang) document.documentElement.lang = lang;
if (params.has('deep-link')) timeline.setAttribute('deep-link', '');

/** Tells the parent page how tall the content is, whenever that changes. */
let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'archive-timeline:height', height, src: params.get('src') }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
timeline.addEventListener('timeline-load', report);
