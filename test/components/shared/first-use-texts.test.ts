// A page of its own: the English texts that only the source panel, the problems alert and the list show come with
// those parts (src/i18n/en-later.ts), not with the first paint, and say the same as before under every other table.
import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import { SMALL, cleanup, loadTimeline, panelPart, settle } from '../helpers.js';

const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
const closeButton = (element: ArchiveTimeline) => panelPart(element, 'panel')!.querySelector('button.close')!;
const listOf = (element: ArchiveTimeline) => element.shadowRoot!.querySelector('archive-event-list')!.shadowRoot!.querySelector('ol')!;
const alertOf = (element: ArchiveTimeline) => element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;

afterEach(cleanup);

describe('English texts of later states, loaded with the parts that show them', () => {
  it('are not fetched before the first draw; the panel, the list and the alert then say them', async () => {
    expect(fetched('/src/i18n/en-later'), 'the later texts before any element needs them').to.equal(false);
    const element = await loadTimeline({ src: SMALL, selected: 'cable' });
    expect(fetched('/src/i18n/en-later'), 'the later texts once the panel is open').to.equal(true);
    expect(closeButton(element).getAttribute('aria-label')).to.equal('Close the source panel');
    expect(closeButton(element).getAttribute('title')).to.equal('Close');
    expect(panelPart(element, 'panel')!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Step through events');
    expect(panelPart(element, 'panel')!.querySelector('dt')!.textContent).to.equal('Date');
    element.view = 'list';
    await settle(element);
    expect(listOf(element).getAttribute('aria-label')).to.equal('Events in time order');

    const bad = await loadTimeline({ src: '/test/fixtures/bad/date-month-13.json' });
    expect(alertOf(bad).querySelector('p')!.textContent).to.equal('1 event was left out because of a problem in the data:');
  });

  it("give way to a built-in table and to the page's own words", async () => {
    const russian = await loadTimeline({ src: SMALL, selected: 'cable', locale: 'ru-RU' });
    expect(closeButton(russian).getAttribute('aria-label')).to.equal('Закрыть панель источника');
    const element = await loadTimeline({ src: SMALL, selected: 'cable', view: 'list' }, (timeline) => {
      timeline.messages = { closePanel: 'Shut the panel', listLabel: 'Our events' };
    });
    expect(closeButton(element).getAttribute('aria-label')).to.equal('Shut the panel');
    expect(closeButton(element).getAttribute('title')).to.equal('Close');
    expect(listOf(element).getAttribute('aria-label')).to.equal('Our events');
  });
});
