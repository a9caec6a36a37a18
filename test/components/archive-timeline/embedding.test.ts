import { expect, oneEvent } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import { SMALL, cleanup, loadTimeline, mark, marks, panelPart, settle, timelineShown, waitFor } from '../helpers.js';

afterEach(() => {
  cleanup();
  document.querySelectorAll('style[data-hostile]').forEach((style) => style.remove());
});

/** Puts markup in the page and waits for the element inside it to load. */
async function embed(markup: string): Promise<ArchiveTimeline> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const element = holder.querySelector('archive-timeline')!;
  const loaded = oneEvent(element, 'timeline-load');
  document.body.append(element);
  await loaded;
  await settle(element);
  return element;
}

describe('data written inside the element', () => {
  it('upgrades a light-DOM list: time, title, link and summary become events', async () => {
    const element = await embed(`<archive-timeline>
      <h2>Summer 1945</h2>
      <ol>
        <li id="wh-307" data-kind="message"><time datetime="1945-06-29">June 29, 1945</time>
          <a href="https://history.state.gov/historicaldocuments/frus1945v07/d641">White House Message No. 307</a></li>
        <li data-kind="cable"><time datetime="1945-07-01">July 1, 1945</time> <strong>Harriman's navy cable</strong>
          <p>Harriman reports Soong's reception by Stalin.</p></li>
        <li><time datetime="1945-08-14">August 14, 1945</time> Treaty signed</li>
      </ol>
    </archive-timeline>`);
    expect(marks(element)).to.have.length(3);
    expect(marks(element).map((m) => m.dataset.eventId)).to.include('wh-307');
    expect(mark(element, 'wh-307').getAttribute('aria-label')).to.equal('White House Message No. 307, June 29, 1945, message');
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal('Summer 1945');
    element.selected = 'wh-307';
    await settle(element);
    expect(panelPart(element, 'panel')!.querySelector<HTMLAnchorElement>('a.original')!.href)
      .to.equal('https://history.state.gov/historicaldocuments/frus1945v07/d641');
    // The list stays in the light DOM for search engines, but is not shown once upgraded.
    expect(element.querySelector('ol')!.getBoundingClientRect().height).to.equal(0);
  });

  it('reports list items without a <time datetime> and keeps the others', async () => {
    const element = await embed(`<archive-timeline><ol>
      <li><time datetime="1945-07-01">July 1</time> Cable</li>
      <li>Undated note</li>
    </ol></archive-timeline>`);
    expect(marks(element)).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('"Undated note"');
  });

  it('reads a dataset from a child <script type="application/json">', async () => {
    const element = await embed(`<archive-timeline><script type="application/json">
      {"title": "Inline", "events": [{"id": "a", "title": "Alpha", "date": "1945-07-01", "kind": "cable"}]}
    </script></archive-timeline>`);
    expect(marks(element).map((m) => m.dataset.eventId)).to.deep.equal(['a']);
  });

  it('prefers src to the data written inside', async () => {
    const element = await embed(`<archive-timeline src="${SMALL}"><ol><li><time datetime="1945">x</time> x</li></ol></archive-timeline>`);
    expect(marks(element)).to.have.length(7);
  });
});

describe('foreign formats through the element', () => {
  it('detects and converts a TimelineJS file', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/formats/timelinejs-1945.json' });
    expect(marks(element).length).to.be.above(5);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('detects and converts vis-timeline items', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/formats/vis-items-1945.json' });
    expect(marks(element).length).to.be.above(5);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('reports what cannot be converted like any bad input', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/formats/timelinejs-bad.json' });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/left out/);
    expect(marks(element).length).to.be.above(0);
  });

  it('uses the format attribute instead of detection', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/formats/vis-items-1945.json', format: 'timelinejs' });
    // Read as TimelineJS, the vis items hold no event: nothing is drawn, and the alert says why.
    expect(timelineShown(element)).to.equal(false);
    expect(element.shadowRoot!.querySelector('.status')!.textContent).to.equal('This timeline has no events to show.');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });
});

describe('looks that fit the house', () => {
  it('is unaffected by a hostile page stylesheet', async () => {
    const calm = await loadTimeline({ src: SMALL, selected: 'cable' });
    await waitFor(calm, () => panelPart(calm, 'transcript'));
    const measure = (element: ArchiveTimeline) => {
      const label = element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!.querySelector('[part~="label"]')!;
      const summary = panelPart(element, 'panel')!.querySelector('.summary')!;
      return {
        label: getComputedStyle(label).fontSize,
        summary: [getComputedStyle(summary).fontSize, getComputedStyle(summary).lineHeight, getComputedStyle(summary).textTransform],
        height: element.getBoundingClientRect().height,
        svg: getComputedStyle(element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!.querySelector('svg.canvas')!).display,
      };
    };
    const before = measure(calm);
    cleanup();
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `* { font-size: 30px !important; box-sizing: content-box; line-height: 3 !important; letter-spacing: 4px !important; text-transform: uppercase !important; }
      svg { display: none !important; } button { background: red !important; padding: 40px !important; }
      archive-timeline * { color: lime !important; } p, li, a { margin: 50px !important; }`;
    document.head.append(style);
    const hostile = await loadTimeline({ src: SMALL, selected: 'cable' });
    await waitFor(hostile, () => panelPart(hostile, 'transcript'));
    expect(measure(hostile)).to.deep.equal(before);
  });

  it('inherits the page font family, and only that', async () => {
    const element = await loadTimeline({ src: SMALL, style: 'font-family: "Courier New", monospace; font-style: italic' });
    const panelText = element.shadowRoot!.querySelector('.controls')!;
    expect(getComputedStyle(panelText).fontFamily).to.contain('Courier New');
    expect(getComputedStyle(panelText).fontStyle).to.equal('normal');
  });

  it('takes colours from its custom properties, and theme="dark" forces the dark scheme', async () => {
    const element = await loadTimeline({ src: SMALL, style: '--archive-timeline-color-cable: rgb(1, 2, 3)', theme: 'dark' });
    const shape = mark(element, 'cable').querySelector('.shape')!;
    expect(getComputedStyle(shape).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(23, 24, 26)');
  });

  it('exposes parts for themes: event, label, axis, lane, legend, controls, panel, transcript', async () => {
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `archive-timeline::part(axis) { opacity: 0.5 } archive-timeline::part(panel) { outline: 7px solid rgb(9, 9, 9) }
      archive-timeline::part(controls) { opacity: 0.9 } archive-timeline::part(legend) { opacity: 0.8 }`;
    document.head.append(style);
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    const viewRoot = element.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!;
    expect(getComputedStyle(viewRoot.querySelector('[part~="axis"]')!).opacity).to.equal('0.5');
    expect(getComputedStyle(panelPart(element, 'panel')!).outlineWidth).to.equal('7px');
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="legend"]')!).opacity).to.equal('0.8');
  });
});

describe('several instances', () => {
  it('keep their own data and selection', async () => {
    const first = await loadTimeline({ src: SMALL });
    const second = await loadTimeline({}, (el) => {
      el.events = [{ id: 'other', title: 'Other', date: '1950-01-01', kind: 'treaty' }];
    });
    mark(first, 'cable').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(first);
    await settle(second);
    expect(first.selected).to.equal('cable');
    expect(second.selected).to.equal(null);
    expect(marks(second).map((m) => m.dataset.eventId)).to.deep.equal(['other']);
    expect(second.shadowRoot!.querySelector('archive-source-panel')).to.equal(null);
  });
});
