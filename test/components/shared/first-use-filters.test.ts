// Search, the problems alert and the connectors between linked events load on first use (each a chunk of its own in
// the build): not for a first frame that needs none of them, and in time for the one that does.
// A page of its own: nothing here has been loaded before these tests ask for it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventInput } from '../../../src/model/types.js';
import { CORPUS, SMALL, cleanup, loadTimeline, marks, settle, view } from '../helpers.js';

/** Whether the page has fetched a module whose path contains `path` (the dev server serves sources one by one). */
const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

afterEach(cleanup);

describe('search, loaded when a reader first filters', () => {
  it('draws every event without it, then filters once the reader types', async () => {
    const element = await loadTimeline({ src: SMALL });
    expect(marks(element)).to.have.length(7);
    expect(fetched('/src/model/search.'), 'search before anyone filtered').to.equal(false);
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'soong' });
    await settle(element);
    expect(fetched('/src/model/search.'), 'search once a reader typed').to.equal(true);
    expect(marks(element).map((m) => m.dataset.eventId)).to.deep.equal(['first-meeting', 'cable', 'monday']);
    expect(element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal('3 events match.');
  });
});

describe('the problems alert, loaded when data has problems', () => {
  it('is not fetched for valid data, and shows with the load event for data with a problem', async () => {
    await loadTimeline({ src: SMALL });
    expect(fetched('/problems-alert.'), 'the alert for valid data').to.equal(false);
    // The second event has no date: it is left out, and the alert says so.
    const events = [{ id: 'ok', title: 'Fine', date: '1945-07-01', kind: 'cable' }, { id: 'bad', title: 'No date', kind: 'cable' }] as unknown as EventInput[];
    const element = document.createElement('archive-timeline');
    const loaded = new Promise<void>((resolve) => element.addEventListener('timeline-load', () => resolve(), { once: true }));
    element.events = events;
    document.body.append(element);
    await loaded;
    // Announced once the alert is on screen: a reader's tool reacting to the event finds it there.
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'the alert when timeline-load fires').to.not.equal(null);
    expect(alert!.querySelector('li')!.textContent).to.contain('event "bad"');
    expect(fetched('/problems-alert.')).to.equal(true);
  });
});

describe('connectors, loaded when a selected event first has links', () => {
  it('draws none and fetches none without a selection, then draws them for a selected cable', async () => {
    const element = await loadTimeline({ src: CORPUS, width: '1400px' });
    expect(fetched('/src/layout/relations.'), 'the connectors with nothing selected').to.equal(false);
    element.selected = 'harriman-cable-1945-07-01';
    await settle(element);
    const targets = [...view(element)!.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="relation"]')].map((p) => p.dataset.to);
    expect(targets).to.include.members(['wh-307', 'soong-stalin-1945-06-30', 'soong-stalin-1945-07-02']);
    expect(fetched('/src/layout/relations.')).to.equal(true);
  });
});
