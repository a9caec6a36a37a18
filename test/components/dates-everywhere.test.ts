import { expect } from '@open-wc/testing';
import { SMALL, cleanup, loadTimeline, mark, panelPart } from './helpers.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const browserLocale = navigator.language;

/** The July 1, 1945 cable and the June 30 meeting (6:30 p.m. local time), as each locale writes them. */
const EXPECTED: Record<string, { cable: string; meeting: RegExp }> = {
  'en-US': { cable: 'July 1, 1945', meeting: /June 30, 1945(,| at) 6:30\sPM/ },
  'en-GB': { cable: '1 July 1945', meeting: /30 June 1945(,| at) 18:30/ },
  'zh-CN': { cable: '1945年7月1日', meeting: /1945年6月30日\s?18:30/ },
  'ru-RU': { cable: '1 июля 1945 г.', meeting: /30 июня 1945 г\.,? (в )?18:30/ },
};

afterEach(cleanup);

describe(`dates in time zone ${zone}, browser language ${browserLocale}`, () => {
  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`reads the July 1 cable as ${expected.cable} with locale="${locale}"`, async () => {
      const element = await loadTimeline({ src: SMALL, locale, selected: 'cable' });
      expect(mark(element, 'cable').getAttribute('aria-label')).to.contain(expected.cable);
      expect(panelPart(element, 'panel')!.querySelector('dd')!.textContent).to.contain(expected.cable);
      expect(mark(element, 'first-meeting').getAttribute('aria-label')!.replace(/\u202f/g, ' ')).to.match(expected.meeting);
    });
  }

  it('defaults to en-US, not the browser language, when the page says nothing', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(mark(element, 'cable').getAttribute('aria-label')).to.contain('July 1, 1945');
  });
});
