// The contract every renderer keeps, run against both through <archive-timeline renderer=…>.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TimelineSelectEvent } from '../../../src/index.js';
import { SMALL, cleanup, loadTimeline, panel, panelPart, settle, waitFor } from '../helpers.js';
import {
  axisTickDates, clickMark, dateOfMark, drawnBy, drawnMark, drawnMarks, loadWithRenderer, rendererOf, shownSelected,
} from '../renderer-helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

before(() => setViewport({ width: 1280, height: 900 }));
afterEach(cleanup);

for (const renderer of ['svg', 'vis'] as const) {
  const other = renderer === 'svg' ? 'vis' : 'svg';

  describe(`the renderer contract: renderer="${renderer}"`, () => {
    it('draws every event of the dataset as a mark with data-event-id', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      expect(drawnMarks(element).map((mark) => mark.getAttribute('data-event-id'))).to.have.members([
        'wh-307', 'first-meeting', 'cable', 'monday', 'lost-transcript', 'inline', 'potsdam',
      ]);
    });

    it('names each mark with its title, date and kind, as a button', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      const mark = drawnMark(element, 'cable');
      expect(mark.getAttribute('role')).to.equal('button');
      expect(mark.getAttribute('aria-label')).to.equal("Harriman's navy cable, July 1, 1945 (morning), cable");
      const tabStops = drawnMarks(element).filter((m) => m.getAttribute('tabindex') === '0');
      expect(tabStops).to.have.length(1);
    });

    it('selects an event on click: fires timeline-select and opens the panel with its transcript and mention links', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      expect(panel(element)).to.equal(null);
      const selected = oneEvent(element, 'timeline-select');
      await clickMark(element, 'cable');
      expect(((await selected) as TimelineSelectEvent).detail).to.deep.equal({ id: 'cable' });
      await settle(element);
      expect(element.getAttribute('selected')).to.equal('cable');
      expect(shownSelected(element, 'cable')).to.equal(true);
      expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal("Harriman's navy cable");
      const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
      expect(transcript.textContent).to.contain('This morning I called on Soong at his request.');
      const links = [...transcript.querySelectorAll<HTMLAnchorElement>('a[data-event-id]')];
      expect(links.map((a) => a.dataset.eventId)).to.deep.equal(['wh-307', 'first-meeting', 'monday']);
    });

    it('follows a mention link: selects its event, and the renderer shows it selected', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, selected: 'cable' });
      const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
      const selected = oneEvent(element, 'timeline-select');
      transcript.querySelector<HTMLAnchorElement>('a[data-event-id="monday"]')!.click();
      expect((await selected).detail.id).to.equal('monday');
      await settle(element);
      expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal('Second Soong–Stalin meeting');
      await waitFor(element, () => shownSelected(element, 'monday'));
      expect(shownSelected(element, 'cable')).to.equal(false);
    });

    it('moves between events in time order with the arrow keys, and selects with Enter', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      const focusedId = () => rendererOf(element)!.shadowRoot!.activeElement?.getAttribute('data-event-id');
      (drawnMark(element, 'wh-307') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(element, () => focusedId() === 'first-meeting');
      expect(drawnMark(element, 'first-meeting').getAttribute('tabindex')).to.equal('0');
      const selected = oneEvent(element, 'timeline-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal('first-meeting');
    });

    it('selects the event named by the selected attribute', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, selected: 'wh-307' });
      expect(shownSelected(element, 'wh-307')).to.equal(true);
      expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal('White House Message No. 307');
    });

    it('shows the start–end range first', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, start: '1945-06-28', end: '1945-07-06' });
      const [from, to] = rendererOf(element)!.visibleRange();
      expect(from.toISOString()).to.equal('1945-06-28T00:00:00.000Z');
      expect(to.toISOString()).to.equal('1945-07-07T00:00:00.000Z');
      expect(drawnMarks(element).map((mark) => mark.getAttribute('data-event-id'))).to.include.members(['wh-307', 'cable', 'lost-transcript']);
    });

    it('shows an alert with role=alert when src cannot be loaded', async () => {
      const original = console.warn;
      console.warn = () => {};
      try {
        const element = await loadTimeline({ src: '/test/fixtures/does-not-exist.json', renderer });
        const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain('could not be loaded');
        expect(alert.querySelector('button')!.textContent).to.equal('Retry');
      } finally {
        console.warn = original;
      }
    });

    it('keeps July 1, 1945 on July 1 in every time zone', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, start: '1945-06-29', end: '1945-07-03' });
      const at = dateOfMark(element, 'cable');
      // The mark of a day sits in that day (at its middle, give or take a pixel or two).
      expect(at.toISOString().slice(0, 10)).to.equal('1945-07-01');
      expect(Math.abs(at.getTime() - Date.UTC(1945, 6, 1, 12))).to.be.below(2 * HOUR);
      // The axis ticks on UTC midnights, wherever the reader is (Kiritimati was at -10:40).
      const ticks = axisTickDates(element);
      expect(ticks.length).to.be.greaterThan(2);
      for (const tick of ticks) {
        const offMidnight = Math.abs(tick.getTime() - Math.round(tick.getTime() / DAY) * DAY);
        expect(offMidnight, tick.toISOString()).to.be.below(HOUR);
      }
    });

    it(`keeps the selection and the visible range when switched to renderer="${other}"`, async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, selected: 'cable', start: '1945-06-27', end: '1945-07-08' });
      const [from, to] = rendererOf(element)!.visibleRange();
      element.renderer = other;
      await drawnBy(element, other);
      await settle(element);
      expect(element.selected).to.equal('cable');
      expect(shownSelected(element, 'cable')).to.equal(true);
      const [from2, to2] = rendererOf(element)!.visibleRange();
      const tolerance = (to.getTime() - from.getTime()) * 0.01;
      expect(Math.abs(from2.getTime() - from.getTime())).to.be.at.most(tolerance);
      expect(Math.abs(to2.getTime() - to.getTime())).to.be.at.most(tolerance);
    });
  });
}
