import { expect, oneEvent } from '@open-wc/testing';
import type { TimelineSelectEvent } from '../../../src/index.js';
import { kindPath } from '../../../src/components/shared/shapes.js';
import { SMALL, barWidth, cleanup, loadTimeline, mark, marks, panel, panelPart, settle, timelineShown, view, waitFor } from '../helpers.js';
import { inEnglish } from '../../model/problem-fields.js';
import type { Problem } from '../../../src/model/types.js';

afterEach(cleanup);

describe('<archive-timeline> loading', () => {
  it('draws every event of a dataset as a named, focusable mark', async () => {
    const element = await loadTimeline({ src: SMALL });
    const drawn = marks(element);
    expect(drawn.map((m) => m.dataset.eventId)).to.have.members([
      'wh-307', 'first-meeting', 'cable', 'monday', 'lost-transcript', 'inline', 'potsdam',
    ]);
    for (const m of drawn) expect(m.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
    expect(mark(element, 'cable').getAttribute('aria-label')).to.equal("Harriman's navy cable, July 1, 1945 (morning), cable");
  });

  it('fires timeline-load with the count of valid events', async () => {
    const element = document.createElement('archive-timeline');
    element.src = SMALL;
    const loaded = oneEvent(element, 'timeline-load');
    document.body.append(element);
    expect((await loaded).detail).to.deep.equal({ count: 7 });
  });

  it('takes data from the events property, as a bare array', async () => {
    const element = await loadTimeline({}, (el) => {
      el.events = [
        { id: 'a', title: 'Alpha', date: '1945-07-01', kind: 'cable' },
        { id: 'b', title: 'Beta', date: '1945-07-03', kind: 'meeting' },
      ];
    });
    expect(marks(element).map((m) => m.dataset.eventId)).to.have.members(['a', 'b']);
  });

  it('shows an alert, fires timeline-error and warns when src cannot be loaded', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = document.createElement('archive-timeline');
      element.src = '/test/fixtures/does-not-exist.json';
      const failed = oneEvent(element, 'timeline-error');
      document.body.append(element);
      const { detail } = await failed;
      await settle(element);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('could not be loaded from “/test/fixtures/does-not-exist.json”');
      expect(alert.textContent).to.contain('404');
      expect(detail.errors[0].field).to.equal('src');
      expect(warnings.join('\n')).to.contain('404');
      expect(alert.querySelector('button')!.textContent).to.equal('Retry');
    } finally {
      console.warn = original;
    }
  });

  it('says when the file is not JSON', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/sources/cable.txt' });
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
  });

  it('keeps the valid events of a dataset with bad ones, and says what was left out', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      let errors: Problem[] = [];
      const element = await loadTimeline({}, (el) => {
        el.addEventListener('timeline-error', (e) => (errors = e.detail.errors));
        el.events = {
          title: 'Mixed',
          events: [
            { id: 'good', title: 'Good', date: '1945-07-01', kind: 'cable' },
            { id: 'bad', title: 'Bad', date: '1945-06-31', kind: 'cable' },
          ],
        };
      });
      await settle(element);
      expect(marks(element).map((m) => m.dataset.eventId)).to.deep.equal(['good']);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('1 event was left out');
      expect(alert.textContent).to.contain('event "bad": date "1945-06-31" is not a calendar date');
      expect(inEnglish(errors)).to.deep.equal([{ id: 'bad', field: 'date', message: 'event "bad": date "1945-06-31" is not a calendar date' }]);
      expect(warnings.some((w) => w.includes('"bad"') && w.includes('date'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('says there are no events to show, rather than drawing an empty year, until some arrive', async () => {
    const status = (element: HTMLElement) => element.shadowRoot!.querySelector('.body .status')?.textContent ?? null;
    const loaded = { count: -1 };
    const element = await loadTimeline({}, (el) => {
      el.addEventListener('timeline-load', (e) => (loaded.count = e.detail.count));
      el.events = { title: 'Nothing yet', events: [] };
    });
    expect(loaded.count).to.equal(0);
    expect(status(element)).to.equal('This timeline has no events to show.');
    expect(timelineShown(element)).to.equal(false);
    // The view is kept, unseen but measured, so that the first events draw without waiting for its width.
    expect(view(element)!.getBoundingClientRect().width).to.be.above(0);
    // No controls for nothing: no search, no legend, no view switch.
    expect(element.shadowRoot!.querySelector('.controls')).to.equal(null);
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal('Nothing yet');
    element.locale = 'ru';
    await settle(element);
    expect(status(element)).to.equal('В этой хронологии нет событий.');
    element.events = [{ id: 'a', title: 'Alpha', date: '1945-07-01', kind: 'cable' }];
    await settle(element);
    expect(status(element)).to.equal(null);
    expect(marks(element).map((m) => m.dataset.eventId)).to.deep.equal(['a']);
    expect(timelineShown(element)).to.equal(true);
    expect(element.shadowRoot!.querySelector('.controls')).to.not.equal(null);
  });

  it('says so beside the alert when every event was left out, and when no data was given at all', async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      const element = await loadTimeline({}, (el) => (el.events = [{ id: 'bad', title: 'Bad', date: '1945-06-31', kind: 'cable' }]));
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('event "bad": date "1945-06-31" is not a calendar date');
      expect(element.shadowRoot!.querySelector('.body .status')!.textContent).to.equal('This timeline has no events to show.');
      cleanup();
      // Nothing loads, so no timeline-load: the element is only put on the page.
      const bare = document.body.appendChild(document.createElement('archive-timeline'));
      await settle(bare);
      expect(bare.shadowRoot!.querySelector('.body .status')!.textContent).to.equal('This timeline has no events to show.');
      expect(timelineShown(bare)).to.equal(false);
    } finally {
      console.warn = original;
    }
  });

  it('draws its first frame at its own width, not at a stand-in width to be redrawn once measured', async () => {
    const element = document.createElement('archive-timeline');
    element.style.width = '1000px';
    element.events = [{ id: 'a', title: 'Alpha', date: '1945-07-01', kind: 'cable' }];
    document.body.append(element);
    // The element's first update renders the view; the view's first update draws. No frame has passed.
    await element.updateComplete;
    const drawing = view(element)!;
    await drawing.updateComplete;
    expect(drawing.shadowRoot!.querySelector('svg.canvas')!.getAttribute('width')).to.equal(String(Math.round(drawing.getBoundingClientRect().width)));
    expect(drawing.getBoundingClientRect().width).to.be.within(990, 1000);
  });

  it('renders markup in data as text, never as HTML', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const element = await loadTimeline({ selected: 'x' }, (el) => {
      el.events = [{
        id: 'x', title: '<img src=x onerror="window.pwned=true">', date: '1945-07-01', kind: 'other',
        summary: '<script>window.pwned=true</script>', source: { title: 'S', transcript: { text: '<b onclick="x()">bold</b>' } },
      }];
    });
    await waitFor(element, () => panelPart(element, 'transcript'));
    expect(panelPart(element, 'panel')!.querySelector('img, script, b')).to.equal(null);
    expect(panelPart(element, 'transcript')!.textContent).to.equal('<b onclick="x()">bold</b>');
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});

describe('<archive-timeline> selection and the source panel', () => {
  it('selects an event on click: fires timeline-select, reflects selected, opens the panel', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(panel(element)).to.equal(null);
    const selected = oneEvent(element, 'timeline-select');
    mark(element, 'cable').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(((await selected) as TimelineSelectEvent).detail).to.deep.equal({ id: 'cable' });
    await settle(element);
    expect(element.getAttribute('selected')).to.equal('cable');
    expect(mark(element, 'cable').getAttribute('aria-current')).to.equal('true');
    const text = panelPart(element, 'panel')!.textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      "Harriman's navy cable", 'July 1, 1945 (morning)', 'Moscow', 'W. Averell Harriman, T. V. Soong',
      "Harriman reports Soong's reception by Stalin.", 'Wilson Center Digital Archive, W. A. Harriman Papers',
    ]) expect(text).to.contain(expected);
    const original = panelPart(element, 'panel')!.querySelector<HTMLAnchorElement>('a.original')!;
    expect(original.href).to.equal('https://digitalarchive.wilsoncenter.org/document/123402');
  });

  it('opens the panel for the selected attribute', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'wh-307' });
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal('White House Message No. 307');
  });

  it('loads a transcript only when its panel is first opened', async () => {
    performance.clearResourceTimings();
    const element = await loadTimeline({ src: SMALL });
    const transcriptUrl = new URL('/test/fixtures/sources/cable.txt', location.href).href;
    const requested = () => performance.getEntriesByType('resource').some((entry) => entry.name === transcriptUrl);
    expect(requested()).to.equal(false);
    element.selected = 'cable';
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
    expect(requested()).to.equal(true);
    expect(transcript.textContent).to.contain('This morning I called on Soong at his request.');
  });

  it('says that the transcript is loading while it loads', async () => {
    const realFetch = window.fetch;
    let release: () => void = () => {};
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('cable.txt')
        ? new Promise<Response>((resolve) => (release = () => resolve(realFetch(input, init))))
        : realFetch(input, init);
    try {
      const element = await loadTimeline({ src: SMALL, selected: 'cable' });
      const status = await waitFor(element, () => panel(element)?.shadowRoot!.querySelector('[role="status"]'));
      expect(status.textContent).to.contain('Loading the transcript…');
      release();
      await waitFor(element, () => panelPart(element, 'transcript'));
    } finally {
      window.fetch = realFetch;
    }
  });

  it('says when a transcript cannot be loaded and still links to the original', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'lost-transcript' });
    const alert = await waitFor(element, () => panel(element)?.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert.textContent).to.contain('The transcript could not be loaded');
    expect(alert.textContent).to.contain('404');
    expect(alert.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://example.org/original');
  });

  it('turns the phrases of a transcript that name events into links that select them', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
    const links = [...transcript.querySelectorAll<HTMLAnchorElement>('a[data-event-id]')];
    expect(links.map((a) => [a.textContent, a.dataset.eventId])).to.deep.equal([
      ['White House Message No. 307 June 29', 'wh-307'],
      ['received last night by Stalin', 'first-meeting'],
      ['expects to be on Monday', 'monday'],
    ]);
    const selected = oneEvent(element, 'timeline-select');
    links[2].click();
    expect((await selected).detail.id).to.equal('monday');
    await settle(element);
    expect(element.selected).to.equal('monday');
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal('Second Soong–Stalin meeting');
    expect(mark(element, 'monday').getAttribute('aria-current')).to.equal('true');
  });

  it('reads an inline transcript and links its mentions', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'inline' });
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
    expect(transcript.querySelector('a')!.dataset.eventId).to.equal('cable');
  });

  it('closes the panel and returns focus to the event', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'wh-307' });
    const selected = oneEvent(element, 'timeline-select');
    panel(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect((await selected).detail.id).to.equal(null);
    await settle(element);
    expect(panel(element)).to.equal(null);
    expect(element.hasAttribute('selected')).to.equal(false);
    expect(view(element)!.shadowRoot!.activeElement).to.equal(mark(element, 'wh-307'));
  });
});

describe('<archive-timeline> zoom and pan', () => {
  it('zooms in and out with the buttons, and fits all again', async () => {
    const element = await loadTimeline({ src: SMALL });
    const before = barWidth(element, 'potsdam');
    const buttons = view(element)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button');
    buttons[0].click();
    await settle(element);
    const zoomedIn = barWidth(element, 'potsdam');
    expect(zoomedIn).to.be.closeTo(before * 1.6, 2);
    buttons[1].click();
    buttons[1].click();
    await settle(element);
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before / 1.6, 2);
    buttons[2].click();
    await settle(element);
    expect(barWidth(element, 'potsdam')).to.be.closeTo(before, 1);
  });

  it('keeps the halo and the shape of a selected point apart as the view zooms', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    const buttons = view(element)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button');
    for (const button of [buttons[1], buttons[2]]) {
      button.click();
      await settle(element);
    }
    const selected = mark(element, 'cable');
    const halo = selected.querySelector('.halo')!;
    expect(halo.hasAttribute('d')).to.equal(false);
    expect(selected.querySelector('.shape')!.getAttribute('d')).to.equal(kindPath('cable', 14));
  });

  it('leaves a plain wheel to the page and zooms on Ctrl + wheel', async () => {
    const element = await loadTimeline({ src: SMALL });
    const svg = view(element)!.shadowRoot!.querySelector('svg.canvas')!;
    const before = barWidth(element, 'potsdam');
    const plain = new WheelEvent('wheel', { deltaY: -200, bubbles: true, cancelable: true, composed: true, clientX: 300, clientY: 80 });
    svg.dispatchEvent(plain);
    await settle(element);
    expect(plain.defaultPrevented).to.equal(false);
    expect(barWidth(element, 'potsdam')).to.equal(before);
    expect(view(element)!.shadowRoot!.querySelector('.hint.visible')!.textContent).to.contain('Ctrl');
    const bar = mark(element, 'potsdam').getBoundingClientRect();
    const withCtrl = new WheelEvent('wheel', {
      deltaY: -20, ctrlKey: true, bubbles: true, cancelable: true, composed: true,
      clientX: bar.left + bar.width / 2, clientY: bar.top,
    });
    svg.dispatchEvent(withCtrl);
    await settle(element);
    expect(withCtrl.defaultPrevented).to.equal(true);
    expect(barWidth(element, 'potsdam')).to.be.above(before);
  });

  it('shows the initial range given by start and end, drawing only what is in it', async () => {
    const element = await loadTimeline({ src: SMALL, start: '1945-07-15', end: '1945-08-31' });
    // "inline" is dated July 1945 as a whole, so it overlaps the range too.
    expect(marks(element).map((m) => m.dataset.eventId)).to.have.members(['potsdam', 'inline']);
  });
});

describe('<archive-timeline> lanes and keyboard', () => {
  it('groups events in lanes by kind, by party, or not at all', async () => {
    const element = await loadTimeline({ src: SMALL });
    const labels = () => [...view(element)!.shadowRoot!.querySelectorAll('.lane-label')].map((t) => t.textContent);
    expect(labels()).to.deep.equal(['Meeting', 'Cable', 'Message', 'Conference', 'Other']);
    element.lanes = 'party';
    await settle(element);
    expect(labels()).to.deep.equal(['United States', 'China', 'Unspecified']);
    element.setAttribute('lanes', 'none');
    await settle(element);
    expect(view(element)!.shadowRoot!.querySelectorAll('.lane')).to.have.length(1);
  });

  it('has one tab stop; arrow keys move through events in time order; Enter selects', async () => {
    const element = await loadTimeline({ src: SMALL });
    const stops = marks(element).filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops.map((m) => m.dataset.eventId)).to.deep.equal(['wh-307']);
    stops[0].focus();
    stops[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(element);
    expect(view(element)!.shadowRoot!.activeElement).to.equal(mark(element, 'first-meeting'));
    const selected = oneEvent(element, 'timeline-select');
    mark(element, 'first-meeting').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('first-meeting');
  });
});

describe('<archive-timeline> initial range', () => {
  it('shows start–end first, and "Show all" then shows every event', async () => {
    const element = await loadTimeline({ src: SMALL, start: '1945-07-15', end: '1945-08-31' });
    expect(marks(element)).to.have.length(2);
    view(element)!.shadowRoot!.querySelector<HTMLButtonElement>('.fit')!.click();
    await settle(element);
    expect(marks(element)).to.have.length(7);
  });
});
