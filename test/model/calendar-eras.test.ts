import { expect } from '@open-wc/testing';
import { calendarSpan, compareCalendarDates, DATE_LIMIT, parseCalendarDate } from '../../src/model/calendar.js';
import type { CalendarDate } from '../../src/model/types.js';

function parse(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const errorOf = (text: string) => {
  const result = parseCalendarDate(text);
  return 'error' in result ? result : undefined;
};

/** The instant JavaScript's own proleptic Gregorian Date gives, set on a Date made in 2000 (Date.UTC would read 0–99 as 1900–1999). */
function jsDate(year: number, month = 1, day = 1): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('parseCalendarDate before year 1 and beyond 9999', () => {
  it('reads -0043-03-15 as 15 March 44 BC, astronomical year -43, at UTC midnight', () => {
    const date = parse('-0043-03-15');
    expect([date.year, date.month, date.day, date.precision]).to.deep.equal([-43, 3, 15, 'day']);
    expect(date.start.toISOString()).to.equal('-000043-03-15T00:00:00.000Z');
    expect(date.endExclusive.toISOString()).to.equal('-000043-03-16T00:00:00.000Z');
    expect(date.start.getUTCFullYear()).to.equal(-43);
    expect(date.start.getUTCDate()).to.equal(15);
    expect(date.startTime).to.equal(date.start.getTime());
  });

  it('reads 0000 as year 0 (1 BC), one whole year up to 0001', () => {
    const date = parse('0000');
    expect(date.year).to.equal(0);
    expect(date.start.toISOString()).to.equal('0000-01-01T00:00:00.000Z');
    expect(date.endExclusive.toISOString()).to.equal('0001-01-01T00:00:00.000Z');
  });

  it('keeps the precision written: a month, a year, a time', () => {
    expect(parse('-0489-09').precision).to.equal('month');
    expect(parse('-0489-09').endExclusive.toISOString()).to.equal('-000489-10-01T00:00:00.000Z');
    expect(parse('-3500').precision).to.equal('year');
    expect(parse('-3500').start.toISOString()).to.equal('-003500-01-01T00:00:00.000Z');
    expect(parse('12000').start.toISOString()).to.equal('+012000-01-01T00:00:00.000Z');
    expect(parse('-0043-03-15T11:00').start.toISOString()).to.equal('-000043-03-15T11:00:00.000Z');
  });

  it('counts days as the proleptic Gregorian calendar does, as JavaScript\'s own Date', () => {
    for (const [y, m, d] of [[-43, 3, 15], [0, 2, 29], [-1, 12, 31], [1, 1, 1], [-4713, 11, 24], [-271820, 1, 1], [99, 12, 31], [12000, 6, 1]]) {
      const text = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(parse(text).startTime, text).to.equal(jsDate(y, m, d));
    }
  });

  it('has leap years before year 1 where the proleptic Gregorian calendar has them: 0, -4, -44, -400, not -43 or -100', () => {
    for (const leap of ['0000', '-0004', '-0044', '-0400', '-0800']) expect(errorOf(`${leap}-02-29`), leap).to.equal(undefined);
    for (const common of ['-0001', '-0043', '-0100', '-0200', '-0300']) expect(errorOf(`${common}-02-29`), common).to.have.property('error');
  });

  it('reads years of deep time, a year alone, beyond where a Date reaches', () => {
    const cambrian = parse('-541000000');
    const bigBang = parse('-13800000000');
    expect([cambrian.year, cambrian.precision]).to.deep.equal([-541_000_000, 'year']);
    expect(bigBang.year).to.equal(-13_800_000_000);
    expect(cambrian.startTime).to.be.below(-DATE_LIMIT);
    expect(Number.isFinite(bigBang.startTime)).to.equal(true);
    // A year is about 365.2425 days.
    expect((cambrian.endTime - cambrian.startTime) / 86_400_000).to.be.closeTo(365.2425, 1);
    expect(calendarSpan('-13800000000')).to.deep.equal([bigBang.startTime, bigBang.endTime]);
  });

  it('orders dates across year 0 and deep time', () => {
    const texts = ['1969-07-20', '-13800000000', '0001', '-0043-03-15', '0000', '-541000000', '-0044-12-31', '12000'];
    const sorted = texts.map(parse).sort(compareCalendarDates).map((date) => date.text);
    expect(sorted).to.deep.equal(['-13800000000', '-541000000', '-0044-12-31', '-0043-03-15', '0000', '0001', '1969-07-20', '12000']);
  });

  it('gives calendarSpan the instants parseCalendarDate gives, for every new form', () => {
    for (const text of ['-0043-03-15', '-0489-09', '-3500', '0000', '12000', '123456-01-01', '-541000000', '-0043-03-15T11:00']) {
      const date = parse(text);
      expect(calendarSpan(text), text).to.deep.equal([date.startTime, date.endTime]);
    }
  });
});

describe('parseCalendarDate refuses, saying why', () => {
  it('refuses "0000-00": there is no month 0', () => {
    expect(errorOf('0000-00')!.error).to.equal('"0000-00" is not a calendar date: there is no month 0');
  });

  it('refuses "-0043-02-30": February has no 30th, in 44 BC either', () => {
    expect(errorOf('-0043-02-30')!.phrase.code).to.equal('notCalendarDate');
  });

  it('refuses a year of more than 12 digits', () => {
    const error = errorOf('-13800000000000')!;
    expect(error.phrase.code).to.equal('yearTooLong');
    expect(error.error).to.equal('"-13800000000000" has a year of over 12 digits');
    expect(errorOf('-138000000000')).to.equal(undefined);
  });

  it('refuses months and days in deep time, naming the year to write', () => {
    const error = errorOf('-541000000-06-01')!;
    expect(error.phrase.code).to.equal('deepTimeYearOnly');
    expect(error.error).to.contain('"-541000000"');
  });

  for (const text of ['19450701', '1234567', '-0000', '-43', '-043', '+0043', '--0043', '-0043-3-15', '-0043-03-15T1:00', '0043-', '-', '-0043-03-15Z']) {
    it(`refuses "${text}" as not a date form`, () => {
      expect(errorOf(text)?.phrase.code, text).to.equal('dateForm');
    });
  }
});

describe('validateDataset across the era', () => {
  it('says how both dates read when an end before its date crosses the era, and keeps the event', async () => {
    const { validateDataset } = await import('../../src/model/validate.js');
    const { dataset, problems } = validateDataset([{ id: 'marathon', title: 'Marathon', kind: 'other', date: '-0489-09', end: '-0490-09' }]);
    expect(dataset.events.map((event) => [event.id, event.end])).to.deep.equal([['marathon', undefined]]);
    expect(problems.map((problem) => problem.message)).to.deep.equal([
      'event "marathon": end "-0490-09" is before the date "-0489-09" ("-0490-09" reads as September 491 BC; "-0489-09" reads as September 490 BC); the end was left out',
    ]);
  });
});
