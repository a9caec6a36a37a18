import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import { SMALL, cleanup, label, loadTimeline, mark, panelPart, view, waitFor } from '../helpers.js';
import { drawnMark, loadWithRenderer } from '../renderer-helpers.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const browserLocale = navigator.language;

/**
 * The July 1, 1945 cable and the June 30 meeting (6:30 p.m. local time), as each locale writes them,
 * and the label of the note of uncertain date (July 1945), marked with the language's "c.".
 */
const NOTE = 'A note with an inline transcript';
const EXPECTED: Record<string, { cable: string; meeting: RegExp; note: string }> = {
  'en-US': { cable: 'July 1, 1945', meeting: /June 30, 1945(,| at) 6:30\sPM/, note: `c. ${NOTE}` },
  'en-GB': { cable: '1 July 1945', meeting: /30 June 1945(,| at) 18:30/, note: `c. ${NOTE}` },
  'zh-CN': { cable: '1945年7月1日', meeting: /1945年6月30日\s?18:30/, note: `约 ${NOTE}` },
  'ru-RU': { cable: '1 июля 1945 г.', meeting: /30 июня 1945 г\.,? (в )?18:30/, note: `ок. ${NOTE}` },
};

/** An event's label: the default renderer's is text over the SVG, apart from the mark; vis's is in its item. */
const labelOf = (element: ArchiveTimeline, id: string) =>
  view(element) ? label(element, id).textContent : drawnMark(element, id).textContent!.trim();

afterEach(cleanup);

describe(`dates in time zone ${zone}, browser language ${browserLocale}`, () => {
  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`reads the July 1 cable as ${expected.cable} with locale="${locale}"`, async () => {
      const element = await loadTimeline({ src: SMALL, locale, selected: 'cable' });
      expect(mark(element, 'cable').getAttribute('aria-label')).to.contain(expected.cable);
      expect(panelPart(element, 'panel')!.querySelector('dd')!.textContent).to.contain(expected.cable);
      expect(mark(element, 'first-meeting').getAttribute('aria-label')!.replace(/\u202f/g, ' ')).to.match(expected.meeting);
    });

    it(`labels the note of uncertain date "${expected.note}" with locale="${locale}", in either renderer`, async () => {
      const element = await loadTimeline({ src: SMALL, locale });
      expect(labelOf(element, 'inline')).to.equal(expected.note);
      element.remove();
      const vis = await loadWithRenderer('vis', { src: SMALL, locale });
      expect(labelOf(vis, 'inline')).to.equal(expected.note);
    });
  }

  it('relabels the note of uncertain date when the locale changes, in either renderer', async () => {
    for (const renderer of ['svg', 'vis'] as const) {
      const element = await loadWithRenderer(renderer, { src: SMALL, locale: 'en-US' });
      expect(labelOf(element, 'inline')).to.equal(`c. ${NOTE}`);
      element.locale = 'ru-RU';
      await waitFor(element, () => labelOf(element, 'inline') === `ок. ${NOTE}`, 100, () => labelOf(element, 'inline'));
      element.remove();
    }
  });

  it('defaults to en-US, not the browser language, when the page says nothing', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(mark(element, 'cable').getAttribute('aria-label')).to.contain('July 1, 1945');
  });
});
