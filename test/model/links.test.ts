import { expect } from '@open-wc/testing';
import { indexLinks } from '../../src/model/links.js';
import { validateDataset } from '../../src/model/validate.js';

const { events } = validateDataset([
  { id: 'wh-307', title: 'WH 307', kind: 'message', date: '1945-06-29' },
  { id: 'meeting', title: 'Meeting', kind: 'meeting', date: '1945-06-30' },
  {
    id: 'cable', title: 'Cable', kind: 'cable', date: '1945-07-01',
    relations: [{ type: 'reply-to', event: 'wh-307' }, { type: 'refers-to', event: 'meeting' }],
    mentions: [{ quote: 'No. 307', event: 'wh-307' }],
  },
]).dataset;

describe('indexLinks', () => {
  it('lists what an event refers to, once each, in time order', () => {
    expect(indexLinks(events).outgoing.get('cable')).to.deep.equal(['wh-307', 'meeting']);
  });

  it('lists what refers to an event, the other way round', () => {
    const { incoming } = indexLinks(events);
    expect(incoming.get('wh-307')).to.deep.equal(['cable']);
    expect(incoming.get('meeting')).to.deep.equal(['cable']);
    expect(incoming.get('cable')).to.equal(undefined);
  });
});
