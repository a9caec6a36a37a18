import { expect } from '@open-wc/testing';
import { calendarRange, calendarSpan, compareCalendarDates, parseCalendarDate } from '../../src/model/calendar.js';
import type { CalendarDate } from '../../src/model/types.js';

function parse(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('parseCalendarDate', () => {
  it('reads a year as year precision covering the whole year', () => {
    const date = parse('1945');
    expect(date.precision).to.equal('year');
    expect(date.start.toISOString()).to.equal('1945-01-01T00:00:00.000Z');
    expect(date.endExclusive.toISOString()).to.equal('1946-01-01T00:00:00.000Z');
  });

  it('reads a month as month precision covering the month', () => {
    const date = parse('1945-06');
    expect(date.precision).to.equal('month');
    expect(date.start.toISOString()).to.equal('1945-06-01T00:00:00.000Z');
    expect(date.endExclusive.toISOString()).to.equal('1945-07-01T00:00:00.000Z');
  });

  it('reads a day as day precision at UTC midnight, whatever the reader\'s zone', () => {
    const date = parse('1945-07-01');
    expect(date.precision).to.equal('day');
    expect(date.start.toISOString()).to.equal('1945-07-01T00:00:00.000Z');
    expect(date.endExclusive.toISOString()).to.equal('1945-07-02T00:00:00.000Z');
    expect(date.start.getUTCDate()).to.equal(1);
  });

  it('reads a local time of day as minute precision, kept as wall-clock time', () => {
    const date = parse('1945-06-30T18:30');
    expect(date.precision).to.equal('minute');
    expect([date.hour, date.minute]).to.deep.equal([18, 30]);
    expect(date.start.toISOString()).to.equal('1945-06-30T18:30:00.000Z');
  });

  it('rolls a December day and month over into the next year', () => {
    expect(parse('1945-12').endExclusive.toISOString()).to.equal('1946-01-01T00:00:00.000Z');
    expect(parse('1945-12-31').endExclusive.toISOString()).to.equal('1946-01-01T00:00:00.000Z');
  });

  it('accepts February 29 in a leap year only', () => {
    expect(parseCalendarDate('1944-02-29')).not.to.have.property('error');
    expect(parseCalendarDate('1945-02-29')).to.have.property('error');
    expect(parseCalendarDate('1900-02-29')).to.have.property('error');
    expect(parseCalendarDate('2000-02-29')).not.to.have.property('error');
  });

  it('keeps years below 100 in their own century', () => {
    expect(parse('0079-08-24').start.getUTCFullYear()).to.equal(79);
  });

  for (const text of ['1945-02-30', '1945-06-31', '1945-13-01', '1945-00', 'July 1', '1945-7-1', '1945-07-01T25:00', '1945-07-01T12:60', '45', '', '1945-07-01T12:00Z',
    '1945-07-01 12:00', '1945/07/01', '19450701', '1945-07-0a', '1945-07-01T12-00', '+1945', ' 1945', '١٩٤٥', '1945-07-01T1:000']) {
    it(`rejects "${text}" with a message naming it`, () => {
      const result = parseCalendarDate(text);
      expect(result).to.have.property('error');
      expect((result as { error: string }).error).to.contain(`"${text}"`);
    });
  }

  it('orders dates by their first instant', () => {
    expect(compareCalendarDates(parse('1945-06-30'), parse('1945-07-01'))).to.be.below(0);
    expect(compareCalendarDates(parse('1945-07'), parse('1945-07-01'))).to.equal(0);
    expect(compareCalendarDates(parse('1945-07-01T09:00'), parse('1945-07-01'))).to.be.above(0);
  });
});

describe('parseCalendarDate sharing', () => {
  it('returns one frozen date for one text, so a dataset pays for each distinct date once', () => {
    const a = parseCalendarDate('1945-08-14');
    const b = parseCalendarDate('1945-08-14');
    expect(a).to.equal(b);
    expect(Object.isFrozen(a)).to.equal(true);
    expect(parseCalendarDate('1945-08-15')).to.not.equal(a);
  });
});

describe('calendarSpan', () => {
  const texts = ['1945', '1945-07', '1945-12', '1945-07-01', '1945-12-31', '2000-02-29', '0079-08-24', '0001', '9999-12-31',
    '1945-07-01T00:00', '1945-06-30T18:30', '1945-12-31T23:59'];
  for (const text of texts) {
    it(`gives for "${text}" the instants parseCalendarDate gives`, () => {
      const date = parse(text);
      expect(calendarSpan(text)).to.deep.equal([date.start.getTime(), date.endExclusive.getTime()]);
    });
  }

  it('gives nothing for a text that is not in a date form', () => {
    expect(calendarSpan('July 1')).to.equal(undefined);
    expect(calendarSpan('1945-07-01T12')).to.equal(undefined);
  });
});

describe('calendarRange', () => {
  const iso = (range: [Date, Date] | null) => range?.map((date) => date.toISOString()) ?? null;

  it('runs from the first day of start to the end of the last day of end', () => {
    expect(iso(calendarRange('1945-06-30', '1945-08-14'))).to.deep.equal(['1945-06-30T00:00:00.000Z', '1945-08-15T00:00:00.000Z']);
  });

  it('covers whole months and years at those precisions', () => {
    expect(iso(calendarRange('1945-07', '1945-08'))).to.deep.equal(['1945-07-01T00:00:00.000Z', '1945-09-01T00:00:00.000Z']);
    expect(iso(calendarRange('1945', '1945'))).to.deep.equal(['1945-01-01T00:00:00.000Z', '1946-01-01T00:00:00.000Z']);
  });

  it('is one day when start and end are the same day', () => {
    expect(iso(calendarRange('1945-07-01', '1945-07-01'))).to.deep.equal(['1945-07-01T00:00:00.000Z', '1945-07-02T00:00:00.000Z']);
  });

  it('is null without both dates, with a text that is not a date, or with end before start', () => {
    expect(calendarRange('1945-07-01', undefined)).to.equal(null);
    expect(calendarRange(undefined, '1945-07-01')).to.equal(null);
    expect(calendarRange('July 1945', '1945-08-01')).to.equal(null);
    expect(calendarRange('1945-07-01', '1945-02-30')).to.equal(null);
    expect(calendarRange('1945-08-14', '1945-07-01')).to.equal(null);
  });
});
