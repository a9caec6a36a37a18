import { expect } from '@open-wc/testing';
import { ENGLISH_DATE_WORDS, formatCalendarDate, formatEventDate } from '../../src/model/format.js';
import { parseCalendarDate } from '../../src/model/calendar.js';
// The chunk the element loads for a dataset with years of deep time: it writes them as years ago.
import '../../src/model/years-ago.js';
import { validateDataset } from '../../src/model/validate.js';
import { ru } from '../../src/i18n/ru.js';
import { zh } from '../../src/i18n/zh.js';
import type { CalendarDate, EventInput, TimelineEvent } from '../../src/model/types.js';

const date = (text: string) => parseCalendarDate(text) as CalendarDate;
const withEras = { ...ENGLISH_DATE_WORDS, era: true };

function event(input: Partial<EventInput>): TimelineEvent {
  const { dataset, problems } = validateDataset([{ id: 'e', title: 'E', kind: 'other', date: '1945-07-01', ...input }]);
  expect(problems).to.deep.equal([]);
  return dataset.events[0];
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`formatCalendarDate before year 1 (${zone})`, () => {
  it('writes the Ides of March 44 BC with Intl\'s era, in English, Russian and Chinese', () => {
    expect(formatCalendarDate(date('-0043-03-15'))).to.equal('March 15, 44 BC');
    expect(formatCalendarDate(date('-0043-03-15'), 'en-GB')).to.equal('15 March 44 BC');
    expect(formatCalendarDate(date('-0043-03-15'), 'ru', ru.dateWords)).to.equal('15 марта 44 г. до н. э.');
    expect(formatCalendarDate(date('-0043-03-15'), 'zh', zh.dateWords)).to.equal('公元前44年3月15日');
  });

  it('writes a year before 1 with its era', () => {
    expect(formatCalendarDate(date('-0043'))).to.equal('44 BC');
    expect(formatCalendarDate(date('-0043'), 'ru', ru.dateWords)).to.equal('44 г. до н. э.');
    expect(formatCalendarDate(date('-0043'), 'zh', zh.dateWords)).to.equal('公元前44年');
    expect(formatCalendarDate(date('-0489-09'))).to.equal('September 490 BC');
    expect(formatCalendarDate(date('-3500'))).to.equal('3501 BC');
  });

  it('writes year 0 as 1 BC and year 1 as 1 AD: no year 0', () => {
    expect(formatCalendarDate(date('0000'))).to.equal('1 BC');
    expect(formatCalendarDate(date('0000-12-31'))).to.equal('December 31, 1 BC');
    expect(formatCalendarDate(date('0001'), 'en-US', withEras)).to.equal('1 AD');
  });

  it('writes years near the start of the era with their era only when the dataset has years before 1', () => {
    expect(formatCalendarDate(date('0014'))).to.equal('14');
    expect(formatCalendarDate(date('0014'), 'en-US', withEras)).to.equal('14 AD');
    expect(formatCalendarDate(date('0014'), 'ru', { ...ru.dateWords, era: true })).to.equal('14 г. н. э.');
    expect(formatCalendarDate(date('0014'), 'zh', { ...zh.dateWords, era: true })).to.equal('公元14年');
    expect(formatCalendarDate(date('1969-07-20'), 'en-US', withEras)).to.equal('July 20, 1969');
  });

  it('writes years after 9999 as numbers', () => {
    expect(formatCalendarDate(date('12000'))).to.equal('12000');
  });
});

describe('formatCalendarDate in deep time', () => {
  it('says how many years ago, in compact localised words', () => {
    expect(formatCalendarDate(date('-541000000'))).to.equal('541 million years ago');
    expect(formatCalendarDate(date('-13800000000'))).to.equal('13.8 billion years ago');
    expect(formatCalendarDate(date('-541000000'), 'ru', ru.dateWords)).to.equal('541 миллион лет назад');
    expect(formatCalendarDate(date('-13800000000'), 'ru', ru.dateWords)).to.equal('13,8 миллиарда лет назад');
    expect(formatCalendarDate(date('-541000000'), 'zh', zh.dateWords)).to.equal('5.41亿年前');
    expect(formatCalendarDate(date('-13800000000'), 'zh', zh.dateWords)).to.equal('138亿年前');
  });

  it('counts years ago beyond 100,000 years, and writes a calendar year nearer', () => {
    expect(formatCalendarDate(date('-200000'))).to.equal('202 thousand years ago');
    expect(formatCalendarDate(date('-90000'))).to.equal('90001 BC');
  });
});

describe('formatEventDate across the era', () => {
  it('writes a range across year 0 with both eras', () => {
    expect(formatEventDate(event({ date: '-0043', end: '0014' })).text).to.equal('44 BC – 14 AD');
    expect(formatEventDate(event({ date: '-0043', end: '0014' }), 'ru', ru.dateWords).text).to.equal('44 г. до н. э. – 14 г. н. э.');
  });

  it('writes a range in deep time as years ago at each end', () => {
    expect(formatEventDate(event({ date: '-541000000', end: '-485000000' })).text).to.equal('541 million years ago – 485 million years ago');
    expect(formatEventDate(event({ date: '-13800000000', end: '1969-07-20' })).text).to.equal('13.8 billion years ago – July 20, 1969');
  });

  it('marks an uncertain date before year 1 as uncertain', () => {
    expect(formatEventDate(event({ date: '-3500', approximate: true })).text).to.equal('c. 3501 BC');
    expect(formatEventDate(event({ date: '-3500', approximate: true })).spoken).to.equal('approximately 3501 BC');
  });
});

describe('formatCalendarDate past where Dates reach, in the future', () => {
  it('writes the year as a number, and a range to it', () => {
    expect(formatCalendarDate(date('900000'))).to.equal('900000');
    expect(formatEventDate(event({ date: '2025', end: '900000' })).text).to.equal('2025 – 900000');
  });
});
