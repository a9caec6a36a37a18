import { expect } from '@open-wc/testing';
import { laneOf, lanesFor } from '../../src/layout/lanes.js';
import { validateDataset } from '../../src/model/validate.js';

const { events } = validateDataset([
  { id: 'a', title: 'A', kind: 'treaty', date: '1945-02-11', parties: ['Soviet Union', 'China'] },
  { id: 'b', title: 'B', kind: 'cable', date: '1945-07-01', parties: ['United States'] },
  { id: 'c', title: 'C', kind: 'meeting', date: '1945-07-02' },
]).dataset;

describe('lanes', () => {
  it('makes a lane per kind present, in the schema order of kinds', () => {
    expect(lanesFor(events, 'kind').map((l) => l.key)).to.deep.equal(['meeting', 'cable', 'treaty']);
  });

  it('makes a lane per first party, with events without parties last', () => {
    expect(lanesFor(events, 'party').map((l) => l.key)).to.deep.equal(['Soviet Union', 'United States', 'Unspecified']);
    expect(laneOf(events[0], 'party')).to.equal('Soviet Union');
  });

  it('puts everything in one lane for "none"', () => {
    expect(lanesFor(events, 'none')).to.deep.equal([{ key: 'all' }]);
    expect(events.every((e) => laneOf(e, 'none') === 'all')).to.equal(true);
  });
});
