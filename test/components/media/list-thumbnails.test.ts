import { expect } from '@open-wc/testing';
import type { EventInput } from '../../../src/model/types.js';
import { loadTimeline, settle } from '../helpers.js';

const COUNT = 10_000;

describe('thumbnails in the list view', () => {
  it('asks, of 10,000 events each with a picture, only for the thumbnails near the visible rows', async function () {
    // Drawing 10,000 rows takes seconds on a busy machine; the count, not the time, is what is tested.
    this.timeout(60_000);
    const key = `list-${Date.now()}`;
    const events: EventInput[] = Array.from({ length: COUNT }, (_, i) => ({
      id: `e-${i}`,
      title: `Event ${i}`,
      date: `1945-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      kind: 'other',
      media: [{ url: `/media-fixture/thumb-${i}.png?w=8&h=8&key=${key}`, alt: `Picture ${i}` }],
    }));
    const element = await loadTimeline({ view: 'list' }, (el) => (el.events = { title: 'Ten thousand pictures', events }));
    await settle(element);
    const list = element.shadowRoot!.querySelector('archive-event-list')!;
    const thumbnails = list.shadowRoot!.querySelectorAll('img[part~="thumbnail"]');
    expect(thumbnails.length).to.equal(COUNT);
    // Long enough for every request the page would make to have reached the server.
    for (let i = 0; i < 30; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { count } = await (await fetch(`/media-fixture/seen?key=${key}`)).json();
    expect(count).to.be.greaterThan(0);
    expect(count).to.be.lessThan(200);
    element.remove();
  });
});
