import { expect } from '@open-wc/testing';
import { finishOf, startOf } from '../../src/model/event-dates.js';
import { validateDataset } from '../../src/model/validate.js';

describe('startOf and finishOf', () => {
  const { dataset } = validateDataset([
    { id: 'talks', title: 'Talks', date: '1945-06-30', end: '1945-07-12', kind: 'meeting' },
    { id: 'cable', title: 'Cable', date: '1945-07-01T18:30', kind: 'cable' },
  ]);
  const [talks, cable] = dataset.events;

  it('give a checked event\'s dates as calendar dates on UTC days', () => {
    expect(startOf(talks)).to.include({ text: '1945-06-30', precision: 'day' });
    expect(startOf(talks).start.toISOString()).to.equal('1945-06-30T00:00:00.000Z');
    expect(finishOf(talks)?.endExclusive.toISOString()).to.equal('1945-07-13T00:00:00.000Z');
    expect(startOf(cable)).to.include({ precision: 'minute', hour: 18, minute: 30 });
    expect(finishOf(cable)).to.equal(undefined);
  });

  it('return the same parsed date each time, not a new one', () => {
    expect(startOf(talks)).to.equal(startOf(talks));
  });

  it('do not throw for an event changed in place after it was checked', () => {
    const changed = { ...cable, date: 'soon' };
    expect(startOf(changed).text).to.equal('1970-01-01');
  });
});
