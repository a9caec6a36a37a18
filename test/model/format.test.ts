import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatEventDate } from '../../src/model/format.js';
import { validateDataset } from '../../src/model/validate.js';
import type { CalendarDate, EventInput, TimelineEvent } from '../../src/model/types.js';
import { parseCalendarDate } from '../../src/model/calendar.js';

const date = (text: string) => parseCalendarDate(text) as CalendarDate;

function event(input: Partial<EventInput>): TimelineEvent {
  const { dataset, problems } = validateDataset([{ id: 'e', title: 'E', kind: 'cable', date: '1945-07-01', ...input }]);
  expect(problems).to.deep.equal([]);
  return dataset.events[0];
}

describe('formatCalendarDate', () => {
  it('formats each precision as readers write it', () => {
    expect(formatCalendarDate(date('1945'))).to.equal('1945');
    expect(formatCalendarDate(date('1945-07'))).to.equal('July 1945');
    expect(formatCalendarDate(date('1945-07-01'))).to.equal('July 1, 1945');
    expect(formatCalendarDate(date('1945-06-30T18:30'))).to.equal('June 30, 1945 at 6:30 PM');
  });

  it('keeps July 1, 1945 on July 1 in this time zone too (' + Intl.DateTimeFormat().resolvedOptions().timeZone + ')', () => {
    expect(formatCalendarDate(date('1945-07-01'))).to.equal('July 1, 1945');
    expect(formatCalendarDate(date('1945-01-01'))).to.equal('January 1, 1945');
    expect(formatCalendarDate(date('1945-12-31'))).to.equal('December 31, 1945');
  });

  it('formats in other locales', () => {
    expect(formatCalendarDate(date('1945-07-01'), 'en-GB')).to.equal('1 July 1945');
    expect(formatCalendarDate(date('1945-07-01'), 'zh-CN')).to.equal('1945年7月1日');
  });
});

describe('formatEventDate', () => {
  it('marks an approximate date with "c." and says "approximately" to screen readers', () => {
    const labels = formatEventDate(event({ date: '1945-07', approximate: true }));
    expect(labels.text).to.equal('c. July 1945');
    expect(labels.spoken).to.equal('approximately July 1945');
  });

  it('formats a range at the precision both ends share', () => {
    expect(formatEventDate(event({ date: '1945-07-17', end: '1945-08-02' })).text).to.equal('July 17 – August 2, 1945');
  });

  it('says that a clock time is the local time of the place', () => {
    expect(formatEventDate(event({ date: '1945-06-30T18:30' })).text).to.equal('June 30, 1945 at 6:30 PM (local time)');
  });

  it('names the part of the day of a night session', () => {
    expect(formatEventDate(event({ date: '1945-07-12', partOfDay: 'night' })).text).to.equal('July 12, 1945 (night)');
  });
});
