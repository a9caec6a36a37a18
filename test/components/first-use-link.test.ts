// A page of its own, where the source panel has not been loaded: a shared link opens it on load.
import { expect } from '@open-wc/testing';
import { SMALL, cleanup, loadTimeline, panelPart } from './helpers.js';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('a shared link, with the source panel loaded on first use', () => {
  it('opens the panel of #event=… once the data and the panel have arrived', async () => {
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
