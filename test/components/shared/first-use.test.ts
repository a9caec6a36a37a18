// What loads on first use (each a chunk of its own in the build) arrives when needed, and nothing looks broken meanwhile.
// Each test file runs in a page of its own: here nothing lazy has been loaded before these tests ask for it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ArchiveTimeline } from '../../../src/index.js';
import { en } from '../../../src/i18n/messages.js';
import { SMALL, cleanup, loadTimeline, mark, marks, panel, panelPart, settle } from '../helpers.js';

/** Whether the page has fetched a module whose path contains `path` (the dev server serves sources one by one). */
const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
const root = (element: ArchiveTimeline) => element.shadowRoot!;
const live = (element: ArchiveTimeline) => root(element).querySelector('[aria-live="polite"]')!.textContent!.trim();
/** The deepest focused element, through shadow roots. */
const active = () => {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};
const viewButton = (element: ArchiveTimeline, view: string) => root(element).querySelector(`[data-view="${view}"]`)!.textContent!.trim();

/** Every text put into `shadowRoot` from now on. */
function textsAdded(shadowRoot: ShadowRoot): string[] {
  const texts: string[] = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') texts.push(record.target.textContent ?? '');
      for (const node of record.addedNodes) texts.push(node.textContent ?? '');
    }
  }).observe(shadowRoot, { childList: true, subtree: true, characterData: true });
  return texts;
}

/** Connects `element`, and returns every text its shadow root showed from its first render until it had loaded. */
async function textsWhileLoading(element: ArchiveTimeline): Promise<string[]> {
  const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
  document.body.append(element);
  // Connected: the shadow root is there, its first render is not done yet.
  const texts = textsAdded(element.shadowRoot!);
  await loaded;
  await settle(element);
  return texts;
}

afterEach(cleanup);

// First: on a page where nothing has asked for the list yet.
describe('the list view, fetched once the data is drawn', () => {
  it('is there for printing without anyone having shown it', async () => {
    expect(fetched('/src/components/event-list/'), 'the list before the first draw').to.equal(false);
    const element = await loadTimeline({ src: SMALL });
    expect(fetched('/src/components/event-list/'), 'the list once the data is drawn').to.equal(true);
    // Fetched once the data is drawn, not waited for by updateComplete (the frame on screen does not show it).
    await customElements.whenDefined('archive-event-list');
    // beforeprint leaves no time to load a chunk: it must be registered already.
    expect(customElements.get('archive-event-list'), 'the list element after the first draw').to.not.equal(undefined);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('archive-event-list')!.shadowRoot!.querySelectorAll('[part~="list-item"]')).to.have.length(7);
    window.dispatchEvent(new Event('afterprint'));
  });
});

describe('texts in other languages, loaded on first use', () => {
  it('loads the Russian texts only for a Russian locale, and shows no English meanwhile', async () => {
    await loadTimeline({ src: SMALL, locale: 'en-GB' });
    expect(fetched('/src/i18n/ru.'), 'Russian texts before any element needs them').to.equal(false);
    const element = document.createElement('archive-timeline');
    element.setAttribute('locale', 'ru-RU');
    element.src = SMALL;
    const texts = await textsWhileLoading(element);
    expect(fetched('/src/i18n/ru.')).to.equal(true);
    expect(viewButton(element, 'timeline')).to.equal('Хронология');
    expect(live(element)).to.equal('Хронология загружена: 7 событий.');
    expect(texts.length, 'texts seen').to.be.above(0);
    for (const english of [en.loading, en.viewTimeline, en.viewList, en.search, en.loaded.other.slice(0, 16)]) {
      expect(texts.filter((text) => text.includes(english)), `"${english}" shown`).to.deep.equal([]);
    }
  });

  it('keeps the old language on screen until the new one arrives, then switches, with the page\'s own texts on top', async () => {
    ArchiveTimeline.defineMessages('zh', { viewList: '清单' });
    const element = await loadTimeline({ src: SMALL, locale: 'en-US' });
    expect(fetched('/src/i18n/zh.'), 'Chinese texts before any element needs them').to.equal(false);
    const controls = root(element).querySelector('.controls');
    const texts = textsAdded(root(element));
    element.locale = 'zh-CN';
    await settle(element);
    expect(root(element).querySelector('.controls'), 'the controls stayed on screen').to.equal(controls);
    expect(texts.filter((text) => text.includes(en.loading))).to.deep.equal([]);
    expect(viewButton(element, 'timeline')).to.equal('时间线');
    expect(viewButton(element, 'list')).to.equal('清单');
    expect(mark(element, 'cable').getAttribute('aria-label')).to.contain('1945年7月1日');
  });
});

describe('the source panel, loaded on first open', () => {
  it('loads when a reader first opens an event, takes focus, and gives it back on Escape', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(fetched('/src/components/source-panel/'), 'the panel before anyone opens it').to.equal(false);
    mark(element, 'cable').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(fetched('/src/components/source-panel/')).to.equal(true);
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal("Harriman's navy cable");
    expect(active()).to.equal(panelPart(element, 'panel')!.querySelector('h3'));
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(panel(element)).to.equal(null);
    expect(active()).to.equal(mark(element, 'cable'));
  });
});

describe('data written inside the element, read by a part loaded only then', () => {
  it('loads no reader for an element whose data comes from src, even with other children', async () => {
    await loadTimeline({ src: SMALL }, (element) => (element.innerHTML = '<p>A timeline of the summer of 1945.</p>'));
    expect(fetched('/src/components/archive-timeline/light-dom')).to.equal(false);
  });

  it('says it is loading while the reader arrives, then draws the list written inside', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<archive-timeline><ol>
      <li><time datetime="1945-07-01">July 1</time> Cable</li>
      <li><time datetime="1945-08-14">August 14</time> Treaty</li>
    </ol></archive-timeline>`;
    const element = holder.querySelector('archive-timeline')!;
    const texts = await textsWhileLoading(element);
    expect(fetched('/src/components/archive-timeline/light-dom')).to.equal(true);
    expect(texts.some((text) => text.includes(en.loading)), 'the loading status').to.equal(true);
    expect(marks(element)).to.have.length(2);
    expect(element.shadowRoot!.querySelector('.status')).to.equal(null);
  });
});
