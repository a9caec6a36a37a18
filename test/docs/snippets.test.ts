// Every ```html snippet of the README and of the guides it lists, rendered as a museum would paste it:
// in a page of its own under a strict Content-Security-Policy, with nothing in the console and, for a
// timeline, its events drawn.
import { expect } from '@open-wc/testing';
import { STRICT_CSP } from '../fixtures/csp/csp-middleware.mjs';
import { until } from '../fixtures/until.js';
import { links, splitFences, type Fence } from './markdown.js';

/**
 * The files snippets name as a museum copies them, and where this repository has them: the one place to
 * change when the builds move.
 */
const FILES: Readonly<Record<string, string>> = {
  'archive-timeline.js': '/dist/cdn/archive-timeline.js',
  'archive-timeline.iife.js': '/dist/cdn/archive-timeline.iife.js',
  'soong-stalin-1945.json': '/data/soong-stalin-1945.json',
  'embed.html': '/demo/embed.html',
  'events.csv': '/test/fixtures/events.csv',
};

/** The snippet with each file it names (in an attribute or an address's query) at its place here. */
function withFilesHere(code: string): string {
  let here = code;
  for (const [name, path] of Object.entries(FILES)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    here = here.replace(new RegExp(`(?<=["'=])(?:[\\w.-]+/)*${escaped}(?=["'?&#])`, 'g'), path);
  }
  return here;
}

const page = (snippet: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
<script src="/test/docs/snippet-watch.js"></script>
</head><body>
${withFilesHere(snippet)}
</body></html>`;

const read = async (path: string) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};

/** README.md and the guides of docs/ it links to (a node test checks it links to every one). */
async function documents(): Promise<Map<string, string>> {
  const readme = await read('/README.md');
  const guides = [...new Set(links(readme).map(({ target }) => target.split('#')[0]).filter((target) => /^docs\/[^/]+\.md$/.test(target)))];
  const found = new Map([['README.md', readme]]);
  for (const guide of guides) found.set(guide, await read(`/${guide}`));
  return found;
}

const snippets: { where: string; fence: Fence }[] = [];
for (const [document, markdown] of await documents()) {
  for (const fence of splitFences(markdown).fences) if (fence.lang === 'html') snippets.push({ where: `${document}:${fence.line}`, fence });
}

/** The timelines of a document and of the same-origin frames inside it. */
function timelinesIn(doc: Document): Element[] {
  const frames = [...doc.querySelectorAll('iframe')].flatMap((frame) => (frame.contentDocument ? timelinesIn(frame.contentDocument) : []));
  return [...doc.querySelectorAll('archive-timeline'), ...frames];
}

/** The event marks of a timeline that take room on the page. */
const visibleMarks = (timeline: Element) =>
  [...(timeline.shadowRoot?.querySelector('archive-timeline-view')?.shadowRoot?.querySelectorAll('[part~="event"]') ?? [])].filter((mark) => {
    const box = mark.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });

async function render(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page(snippet);
  document.body.append(frame);
  await loaded;
  return frame;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the HTML snippets of the README and the guides', () => {
  it('finds the snippets of every way in', () => {
    const code = snippets.map(({ fence }) => fence.code).join('\n');
    expect(snippets.length).to.be.at.least(5);
    for (const way of ['<li', 'src="archive-timeline.js"', 'src="archive-timeline.iife.js"', '<iframe']) expect(code).to.contain(way);
  });

  it('resolves the files a snippet names, in attributes and in an address', () => {
    expect(withFilesHere('<script src="archive-timeline.js"></script><iframe src="embed.html?src=soong-stalin-1945.json&amp;event=a">')).to.equal(
      '<script src="/dist/cdn/archive-timeline.js"></script><iframe src="/demo/embed.html?src=/data/soong-stalin-1945.json&amp;event=a">',
    );
  });

  for (const { where, fence } of snippets) {
    it(`renders ${where} with no console error`, async function () {
      this.timeout(30000);
      const frame = await render(fence.code);
      const win = frame.contentWindow as Window & { snippetProblems: string[] };
      const isTimeline = /<archive-timeline|<iframe/.test(fence.code);
      if (isTimeline) {
        const timelines = await until(() => {
          const found = timelinesIn(frame.contentDocument!);
          return found.length > 0 && found.every((timeline) => visibleMarks(timeline).length > 0) && found;
        }, `the events of ${where} to be drawn`, 400).catch((error: Error) => {
          throw new Error(`${error.message}; the page said: ${JSON.stringify(win.snippetProblems)}`);
        });
        for (const timeline of timelines) {
          await (timeline as Element & { updateComplete: Promise<unknown> }).updateComplete;
          expect(timeline.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? null, `${where}: the alert`).to.equal(null);
        }
      }
      expect(win.snippetProblems, where).to.deep.equal([]);
    });
  }
});
