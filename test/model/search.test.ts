import { expect } from '@open-wc/testing';
import { filterEvents, searchText, searchWords } from '../../src/model/search.js';
import { validateDataset } from '../../src/model/validate.js';

const { events } = validateDataset([
  { id: 'cable', title: 'Harriman cable', summary: 'Soong reports on Stalin', kind: 'cable', date: '1945-07-01' },
  { id: 'treaty', title: 'Sino-Soviet treaty', kind: 'treaty', date: '1945-08-14' },
]).dataset;

describe('filterEvents', () => {
  it('finds words in titles and summaries without a stored text per event', () => {
    const found = filterEvents(events, { hiddenKinds: new Set(), words: searchWords('STALIN soong'), texts: new Map() });
    expect(found.map((event) => event.id)).to.deep.equal(['cable']);
  });

  it('searches a stored text (a loaded transcript) where there is one', () => {
    const texts = new Map([['treaty', searchText(events[1], 'Port Arthur shall be a naval base')]]);
    const found = filterEvents(events, { hiddenKinds: new Set(), words: searchWords('port arthur'), texts });
    expect(found.map((event) => event.id)).to.deep.equal(['treaty']);
  });

  it('leaves out hidden kinds', () => {
    const found = filterEvents(events, { hiddenKinds: new Set(['cable']), words: [], texts: new Map() });
    expect(found.map((event) => event.id)).to.deep.equal(['treaty']);
  });
});
