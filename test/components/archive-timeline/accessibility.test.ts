import { expect } from '@open-wc/testing';
import { ArchiveTimeline } from '../../../src/index.js';
import { CORPUS, SMALL, cleanup, loadTimeline, panelPart, waitFor } from '../helpers.js';
import { loadWithRenderer } from '../renderer-helpers.js';

afterEach(cleanup);

describe('<archive-timeline> accessibility (axe-core)', () => {
  it('has no violations when first drawn', async () => {
    const element = await loadTimeline({ src: CORPUS });
    await expect(element).to.be.accessible();
  });

  it('has no violations with the panel open on a transcript with links', async () => {
    const element = await loadTimeline({ src: CORPUS, selected: 'harriman-cable-1945-07-01' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    await expect(element).to.be.accessible();
  });

  it('has no violations in the error state', async () => {
    const element = await loadTimeline({ src: '/test/fixtures/missing.json' });
    await expect(element).to.be.accessible();
  });

  it('has no violations with uncertain dates and ranges drawn', async () => {
    const element = await loadTimeline({ src: SMALL, selected: 'inline' });
    await expect(element).to.be.accessible();
  });

  it('has no violations with Russian texts over English data, each part in its language', async () => {
    const element = await loadTimeline({ src: CORPUS, locale: 'ru', selected: 'harriman-cable-1945-07-01' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    await expect(element).to.be.accessible();
  });

  it('has no violations laid out right to left, over data of no stated language', async () => {
    ArchiveTimeline.defineMessages('he', { viewTimeline: 'ציר זמן', viewList: 'רשימה' });
    const element = await loadTimeline({ src: SMALL, locale: 'he', selected: 'inline' });
    expect(getComputedStyle(element.shadowRoot!.querySelector('.controls')!).direction).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  it('has no violations with renderer="vis" and the panel open', async () => {
    const element = await loadWithRenderer('vis', { src: CORPUS, selected: 'harriman-cable-1945-07-01' });
    await waitFor(element, () => panelPart(element, 'transcript'));
    await expect(element).to.be.accessible();
  });
});
