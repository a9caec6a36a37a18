import { expect } from '@open-wc/testing';
import { axisTicks, CALENDAR_AXIS, fitDomain, fitInstants, rangeTransform, timeScale } from '../../src/layout/time-scale.js';
import { DEEP_TIME_AXIS, linearScale, roundYears } from '../../src/layout/deep-time.js';
import { parseCalendarDate } from '../../src/model/calendar.js';
import { ENGLISH_DATE_WORDS } from '../../src/model/format.js';
import { validateDataset } from '../../src/model/validate.js';
import { ru } from '../../src/i18n/ru.js';
import { zh } from '../../src/i18n/zh.js';
import type { CalendarDate } from '../../src/model/types.js';

const at = (text: string) => (parseCalendarDate(text) as CalendarDate).start;
const events = (...dates: string[]) =>
  validateDataset(dates.map((date, i) => ({ id: `e${i}`, title: `E${i}`, kind: 'other', date }))).dataset.events;
const eras = { ...ENGLISH_DATE_WORDS, era: true };

describe('axisTicks across year 0', () => {
  it('ticks on round centuries of the era, with no year 0: 300 BC, 200 BC, 100 BC, 1 AD, 100 AD…', () => {
    const ticks = axisTicks(timeScale([at('-0350'), at('0350')], 800), 90, 'en-US', eras);
    expect(ticks.map((t) => t.label)).to.deep.equal(['300 BC', '200 BC', '100 BC', '1 AD', '100 AD', '200 AD', '300 AD']);
    expect(ticks.map((t) => t.date.getUTCFullYear())).to.deep.equal([-299, -199, -99, 1, 100, 200, 300]);
  });

  it('spaces 100 BC and 1 AD one century apart, as the years between them are', () => {
    const scale = timeScale([at('-0350'), at('0350')], 800);
    const ticks = axisTicks(scale, 90, 'en-US', eras);
    const gap = (a: number, b: number) => ticks[b].x - ticks[a].x;
    // 100 BC to 1 AD is 100 years (no year 0); 1 AD to 100 AD is 99.
    expect(gap(2, 3) / gap(3, 4)).to.be.closeTo(100 / 99, 1e-3);
  });

  it('writes the era in Russian and Chinese', () => {
    const scale = timeScale([at('-0350'), at('0350')], 800);
    expect(axisTicks(scale, 90, 'ru', { ...ru.dateWords, era: true })[0].label).to.equal('300 г. до н. э.');
    expect(axisTicks(scale, 90, 'zh', { ...zh.dateWords, era: true })[0].label).to.equal('公元前300年');
  });

  it('ticks on millennia before year 1', () => {
    const ticks = axisTicks(timeScale([at('-5500'), at('0500')], 600), 90, 'en-US', eras);
    expect(ticks.map((t) => t.label)).to.deep.equal(['5000 BC', '4000 BC', '3000 BC', '2000 BC', '1000 BC', '1 AD']);
  });

  it('ticks every year across year 0, 1 BC then 1 AD', () => {
    const ticks = axisTicks(timeScale([at('-0002'), at('0003')], 600), 90, 'en-US', eras);
    expect(ticks.map((t) => t.label)).to.deep.equal(['3 BC', '2 BC', '1 BC', '1 AD', '2 AD', '3 AD']);
  });

  it('writes months of 44 BC with their era on the first label', () => {
    const ticks = axisTicks(timeScale([at('-0043-01'), at('-0043-07')], 600), 90, 'en-US', eras);
    expect(ticks[0].label).to.equal('Jan 44 BC');
    expect(ticks[2].label).to.equal('Mar');
  });

  it('says years ago on an axis of the last million years', () => {
    const ticks = axisTicks(timeScale([at('-200000'), at('2000')], 600), 90, 'en-US', eras);
    expect(ticks[0].label).to.match(/thousand years ago$/);
  });
});

describe('the scale chosen for a dataset', () => {
  it('keeps Dates and the calendar axis for every year that a Date reaches', () => {
    const [from, to] = fitInstants(events('-0043-03-15', '1969-07-20'));
    expect(from).to.be.instanceOf(Date);
    expect([from, to]).to.deep.equal(fitDomain(events('-0043-03-15', '1969-07-20')));
  });

  it('takes ms beyond where Dates reach, for the Big Bang and 1969 in one dataset', () => {
    const [from, to] = fitInstants(events('-13800000000', '1969-07-20'));
    expect(typeof from).to.equal('number');
    expect(from).to.be.below((parseCalendarDate('-13800000000') as CalendarDate).startTime);
    expect(to).to.be.above(at('1969-07-21').getTime());
  });
});

describe('the deep-time axis', () => {
  const domain = fitInstants(events('-13800000000', '1969-07-20')) as [number, number];

  it('maps ms linearly to pixels and back, and copies', () => {
    const scale = DEEP_TIME_AXIS.scale(domain, 1000);
    expect(scale(domain[0])).to.equal(0);
    expect(scale(domain[1])).to.equal(1000);
    expect(scale.invert(500)).to.be.closeTo((domain[0] + domain[1]) / 2, 1e6);
    const copy = scale.copy().domain([0, 10]);
    expect(copy(5)).to.equal(500);
    expect(scale(domain[1])).to.equal(1000);
  });

  it('ticks on round billions of years ago across the whole age of the universe', () => {
    const ticks = DEEP_TIME_AXIS.ticks(DEEP_TIME_AXIS.scale(domain, 800), 96, 'en-US', ENGLISH_DATE_WORDS);
    expect(ticks.map((t) => +t.date)).to.deep.equal([-14e9, -12e9, -10e9, -8e9, -6e9, -4e9, -2e9].map((year) => (parseCalendarDate(String(year)) as CalendarDate).startTime).concat(at('0000').getTime()));
    expect(ticks.map((t) => t.label)).to.deep.equal(['14 billion years ago', '', '10 billion years ago', '', '6 billion years ago', '', '2 billion years ago', '']);
  });

  it('ticks on round millions in the Cambrian, in Russian and Chinese too', () => {
    const cambrian = linearScale([(parseCalendarDate('-560000000') as CalendarDate).startTime, (parseCalendarDate('-480000000') as CalendarDate).startTime], [0, 800]);
    const en = DEEP_TIME_AXIS.ticks(cambrian, 96, 'en-US', ENGLISH_DATE_WORDS).map((t) => t.label);
    expect(en).to.include('540 million years ago');
    expect(en).to.include('500 million years ago');
    expect(DEEP_TIME_AXIS.ticks(cambrian, 96, 'ru', ru.dateWords).map((t) => t.label)).to.include('540 миллионов лет назад');
    expect(DEEP_TIME_AXIS.ticks(cambrian, 96, 'zh', zh.dateWords).map((t) => t.label)).to.include('5.4亿年前');
  });

  it('places each tick at its year', () => {
    const scale = DEEP_TIME_AXIS.scale(domain, 800);
    for (const tick of DEEP_TIME_AXIS.ticks(scale, 96, 'en-US', ENGLISH_DATE_WORDS)) expect(tick.x).to.equal(scale(tick.date));
  });

  it('zoomed into 1969, ticks on days as the calendar axis does', () => {
    const scale = linearScale([at('1969-07-18').getTime(), at('1969-07-22').getTime()], [0, 1200]);
    const ticks = DEEP_TIME_AXIS.ticks(scale, 90, 'en-US', ENGLISH_DATE_WORDS);
    expect(ticks.map((t) => t.label)).to.deep.equal(['Jul 18, 1969', 'Jul 19', 'Jul 20', 'Jul 21']);
    expect(ticks.map((t) => Math.round(t.x))).to.deep.equal([0, 300, 600, 900]);
  });

  it('zooms to a range the same way the calendar axis does', () => {
    const range: [number, number] = [at('1969-07-20').getTime(), at('1969-07-21').getTime()];
    const { k } = rangeTransform(domain, range, 1000, DEEP_TIME_AXIS.scale);
    // A day in 13.8 billion years: within a thousandth (floats hold about 16 digits, the zoom needs 13).
    expect(k / ((domain[1] - domain[0]) / 86_400_000)).to.be.closeTo(1, 1e-3);
    const calendar = rangeTransform([at('1969-01-01'), at('1970-01-01')], [at('1969-07-20'), at('1969-07-21')], 1000, CALENDAR_AXIS.scale);
    expect(calendar.k).to.be.closeTo(365, 1e-6);
  });

  it('rounds steps to 1, 2 or 5 times a power of ten', () => {
    expect(roundYears(-13.8e9, 1969, 7)).to.deep.equal([-12e9, -10e9, -8e9, -6e9, -4e9, -2e9, 0]);
    expect(roundYears(-560e6, -480e6, 8)).to.deep.equal([-560e6, -550e6, -540e6, -530e6, -520e6, -510e6, -500e6, -490e6, -480e6]);
  });
});
