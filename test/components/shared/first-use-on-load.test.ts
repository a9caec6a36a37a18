// A page of its own, where no part that loads on first use has been loaded: what a page asks for on load appears.
import { expect } from '@open-wc/testing';
import { SMALL, cleanup, loadTimeline, panelPart } from '../helpers.js';

const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('parts loaded on first use, asked for on load', () => {
  it('shows the list of view="list" once it has arrived', async () => {
    expect(fetched('/src/components/event-list/'), 'the list before any element needs it').to.equal(false);
    const element = await loadTimeline({ src: SMALL, view: 'list' });
    const list = element.shadowRoot!.querySelector('archive-event-list')!.shadowRoot!;
    expect(list.querySelectorAll('[part~="list-item"]')).to.have.length(7);
    expect(element.shadowRoot!.querySelector('archive-timeline-view')!.classList.contains('hidden')).to.equal(true);
  });

  it('opens the panel of #event=… once the data and the panel have arrived', async () => {
    expect(fetched('/src/components/source-panel/'), 'the panel before any element needs it').to.equal(false);
    history.replaceState(null, '', '#event=monday');
    const element = await loadTimeline({ src: SMALL });
    expect(element.selected).to.equal('monday');
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal('Second Soong–Stalin meeting');
  });

  it('opens the panel of the selected attribute', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    expect(panelPart(element, 'panel')!.querySelector('h3')!.textContent).to.equal("Harriman's navy cable");
  });
});
