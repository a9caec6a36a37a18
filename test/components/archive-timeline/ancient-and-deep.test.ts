import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { EventInput } from '../../../src/model/types.js';
import { cleanup, label, loadTimeline, mark, marks, panelPart, settle, view, waitFor } from '../helpers.js';
import { alertOf } from '../bad-helpers.js';
import { loadWithRenderer, rendererOf } from '../renderer-helpers.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const ANCIENT: EventInput[] = [
  { id: 'marathon', title: 'Battle of Marathon', kind: 'other', date: '-0489-09' },
  { id: 'ides', title: 'Ides of March', kind: 'other', date: '-0043-03-15' },
  { id: 'augustus', title: 'Death of Augustus', kind: 'other', date: '0014-08-19' },
];

const DEEP: EventInput[] = [
  { id: 'big-bang', title: 'Big Bang', kind: 'other', date: '-13800000000' },
  { id: 'cambrian', title: 'Cambrian', kind: 'other', date: '-541000000', end: '-485400000' },
  { id: 'moon', title: 'Apollo 11 lands', kind: 'other', date: '1969-07-20' },
];

/** How each locale writes the Ides of March, the death of Augustus (with its era, in a dataset with years before 1) and the Big Bang. */
const EXPECTED = {
  en: { ides: 'March 15, 44 BC', augustus: 'August 19, 14 AD', bigBang: '13.8 billion years ago', era: ' BC', deepTick: /billion years ago$/ },
  ru: { ides: '15 марта 44 г. до н. э.', augustus: '19 августа 14 г. н. э.', bigBang: '13,8 миллиарда лет назад', era: 'до н. э.', deepTick: /миллиард(а|ов)? лет назад$/ },
  zh: { ides: '公元前44年3月15日', augustus: '公元14年8月19日', bigBang: '138亿年前', era: '公元前', deepTick: /亿年前$/ },
};

const ticks = (element: ArchiveTimeline) =>
  [...view(element)!.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((text) => text.textContent!).filter(Boolean);
const dated = (events: EventInput[], attributes: Record<string, string> = {}) =>
  loadTimeline(attributes, (el) => (el.events = { title: 'Dates', events }));
const zoomButton = (element: ArchiveTimeline, name: string) =>
  [...view(element)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === name)!;
const listItem = (element: ArchiveTimeline, id: string) =>
  element.shadowRoot!.querySelector('archive-event-list')!.shadowRoot!.querySelector(`[data-event-id="${id}"] .date`)!.textContent!;

afterEach(cleanup);

describe(`dates before year 1 and deep time in the element, time zone ${zone}`, () => {
  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`names the Ides of March "${expected.ides}" in its mark, the panel and the list, locale="${locale}"`, async () => {
      const element = await dated(ANCIENT, { locale, selected: 'ides' });
      expect(mark(element, 'ides').getAttribute('aria-label')).to.contain(expected.ides);
      expect(mark(element, 'augustus').getAttribute('aria-label')).to.contain(expected.augustus);
      expect(panelPart(element, 'panel')!.querySelector('dd')!.textContent).to.contain(expected.ides);
      element.view = 'list';
      await waitFor(element, () => element.shadowRoot!.querySelector('archive-event-list')?.shadowRoot?.querySelector('[data-event-id="ides"]'));
      expect(listItem(element, 'ides')).to.contain(expected.ides);
      expect(listItem(element, 'augustus')).to.contain(expected.augustus);
    });

    it(`writes the axis across year 0 with its era, locale="${locale}"`, async () => {
      const element = await dated(ANCIENT, { locale });
      const labels = ticks(element);
      expect(labels.some((text) => text.includes(expected.era)), labels.join(' | ')).to.equal(true);
      // No phantom year 0: Intl writes year 0 as "1", but the axis's years are of the era.
      expect(labels.filter((text) => /^0\b|\b0 (BC|AD)/.test(text))).to.deep.equal([]);
    });

    it(`names the Big Bang "${expected.bigBang}" and ticks on billions of years, locale="${locale}"`, async () => {
      const element = await dated(DEEP, { locale, selected: 'big-bang' });
      expect(mark(element, 'big-bang').getAttribute('aria-label')).to.contain(expected.bigBang);
      expect(panelPart(element, 'panel')!.querySelector('dd')!.textContent).to.contain(expected.bigBang);
      expect(ticks(element).some((text) => expected.deepTick.test(text)), ticks(element).join(' | ')).to.equal(true);
    });
  }

  it('keeps 15 March 44 BC on the 15th in this zone: the mark sits where the 15th begins', async () => {
    const element = await dated([
      { id: 'ides', title: 'Ides of March', kind: 'other', date: '-0043-03-15' },
      { id: 'before', title: 'Day before', kind: 'other', date: '-0043-03-14' },
      { id: 'after', title: 'Day after', kind: 'other', date: '-0043-03-16' },
    ]);
    expect(mark(element, 'ides').getAttribute('aria-label')).to.contain('March 15, 44 BC');
    expect(mark(element, 'before').getAttribute('aria-label')).to.contain('March 14, 44 BC');
    const x = (id: string) => mark(element, id).getBoundingClientRect().x;
    expect(x('before')).to.be.below(x('ides'));
    expect(x('ides')).to.be.below(x('after'));
    expect(ticks(element)).to.include('Mar 15');
  });

  it('shows the Big Bang and 1969 in one timeline, and zooms down to the day of the Moon landing', async () => {
    const element = await dated(DEEP, { start: '1969-07-19', end: '1969-07-21' });
    expect(label(element, 'moon').textContent).to.equal('Apollo 11 lands');
    expect(ticks(element)).to.include('Jul 20');
    // "Show all": back out to 13.8 billion years, the same view and axis as for any dataset.
    zoomButton(element, 'Show all').click();
    await settle(element);
    expect(ticks(element).some((text) => /billion years ago$/.test(text)), ticks(element).join(' | ')).to.equal(true);
    // And in again, a step at a time, as everywhere.
    const before = ticks(element).join(' ');
    zoomButton(element, 'Zoom in').click();
    await settle(element);
    expect(ticks(element).join(' ')).to.not.equal(before);
  });

  it('with renderer="vis", says vis-timeline cannot show deep time and draws it with the default renderer', async () => {
    const element = await dated(DEEP, { renderer: 'vis' });
    expect(rendererOf(element)!.localName).to.equal('archive-timeline-view');
    expect(element.shadowRoot!.querySelector('.note')!.textContent).to.equal(
      'vis-timeline cannot show deep time: the default renderer shows this timeline.',
    );
    expect(mark(element, 'big-bang').getAttribute('aria-label')).to.contain('13.8 billion years ago');
    await expect(element).to.be.accessible();
  });

  it('with renderer="vis", draws dates before year 1 with vis-timeline itself', async () => {
    const element = await loadWithRenderer('vis', {}, (el) => (el.events = { title: 'Dates', events: ANCIENT }));
    expect(rendererOf(element)!.localName).to.equal('archive-vis-view');
    expect(element.shadowRoot!.querySelector('.note')).to.equal(null);
    // vis's axis, labelled by us through Intl: years before 1 with their era, no year "0".
    const labels = [...rendererOf(element)!.shadowRoot!.querySelectorAll('.vis-time-axis .vis-text')].map((text) => text.textContent!.trim()).filter(Boolean);
    expect(labels.some((text) => / BC$/.test(text)), labels.join(' | ')).to.equal(true);
    expect(labels.filter((text) => /^-?\d+$/.test(text) && Number(text) > 14), labels.join(' | ')).to.deep.equal([]);
  });

  it('draws a year past where Dates reach in the future too, on the deep-time axis', async () => {
    const element = await dated([
      { id: 'now', title: 'Now', kind: 'other', date: '2025' },
      { id: 'far', title: 'Far future', kind: 'other', date: '900000' },
    ]);
    expect(mark(element, 'far').getAttribute('aria-label')).to.contain('900000');
    expect(ticks(element).length).to.be.above(2);
    expect(ticks(element).every((text) => !text.includes('NaN') && !text.includes('Invalid'))).to.equal(true);
  });

  it('stays accessible with dates before year 1', async () => {
    const element = await dated(ANCIENT, { selected: 'ides' });
    await expect(element).to.be.accessible();
  });
});

describe('bad dates around year 0 and deep time', () => {
  it('says what is wrong with each, in Russian too, and keeps the valid events', async () => {
    const events: EventInput[] = [
      { id: 'no-month', title: 'No month', kind: 'other', date: '0000-00' },
      { id: 'no-day', title: 'No day', kind: 'other', date: '-0043-02-30' },
      { id: 'too-long', title: 'Too long', kind: 'other', date: '-1380000000000' },
      { id: 'backwards', title: 'Backwards', kind: 'other', date: '-0043', end: '-0044' },
      ...ANCIENT,
    ];
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let element: ArchiveTimeline;
    try {
      element = await dated(events);
    } finally {
      console.warn = warn;
    }
    const alert = alertOf(element)!.textContent!;
    expect(alert).to.contain('"0000-00" is not a calendar date: there is no month 0');
    expect(alert).to.contain('"-0043-02-30" is not a calendar date');
    expect(alert).to.contain('"-1380000000000" has a year of over 12 digits');
    expect(alert).to.contain('end "-0044" is before the date "-0043" ("-0044" reads as 45 BC; "-0043" reads as 44 BC)');
    expect(warnings.join('\n')).to.contain('too-long');
    expect(marks(element).map((m) => m.dataset.eventId).sort()).to.deep.equal(['augustus', 'backwards', 'ides', 'marathon']);
    element.locale = 'ru';
    await waitFor(element, () => alertOf(element)!.textContent!.includes('в годе больше 12 цифр'), 100, () => alertOf(element)!.textContent!);
    expect(alertOf(element)!.textContent).to.contain('читается как');
  });
});

