import { expect } from '@open-wc/testing';
import { checkData } from '../../src/model/check-data.js';

const valid = { id: 'cable', title: 'Harriman to Truman', date: '1945-07-01', kind: 'cable' };

describe('checkData', () => {
  it('keeps the valid events and counts none left out when nothing was found', () => {
    const checked = checkData({ input: [valid], problems: [] });
    expect(checked.dataset.events.map((event) => event.id)).to.deep.equal(['cable']);
    expect([checked.problems, checked.leftOut]).to.deep.equal([[], 0]);
  });

  it('lists the problems of reading and converting first, then those of checking', () => {
    const read = { field: 'events[1]', message: 'Item 2 of the list has no date.' };
    const converted = { id: 'cable', field: 'media', message: 'Slide "cable": its media were not kept.' };
    const checked = checkData({ input: [valid, { id: 'bad', title: 'No kind', date: '1945-07-02' }], problems: [read, converted] });
    expect(checked.problems.slice(0, 2)).to.deep.equal([read, converted]);
    expect(checked.problems.slice(2).map((problem) => [problem.id, problem.field])).to.deep.equal([['bad', 'kind']]);
  });

  it('counts a problem of reading or converting as an event left out only when it names a field and no event', () => {
    const problems = [
      { field: 'events[1]', message: 'Item 2 has no date.' },
      { id: 'cable', field: 'media', message: 'Kept, without its media.' },
      { message: 'The list has a heading, read as the title.' },
    ];
    expect(checkData({ input: [valid], problems }).leftOut).to.equal(1);
  });

  it('adds the events that checking leaves out', () => {
    const problems = [{ field: 'events[3]', message: 'Item 4 has no date.' }];
    const checked = checkData({ input: [valid, { id: 'undated', title: 'Undated', kind: 'cable' }], problems });
    expect(checked.leftOut).to.equal(2);
  });
});
