import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { problemsAlert } from '../../../src/components/archive-timeline/problems-alert.js';
import { en } from '../../../src/i18n/messages.js';

const problem = (n: number) => ({ id: `e${n}`, field: 'date', message: `event "e${n}": date is missing` });

async function shown(...args: Parameters<typeof problemsAlert>): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(problemsAlert(...args), host);
  return host;
}

describe('problemsAlert', () => {
  it('shows nothing when there are no problems', async () => {
    expect((await shown(en, [], 0, 'en-US')).children).to.have.length(0);
  });

  it('counts the events left out, then lists each problem, as an alert', async () => {
    const host = await shown(en, [problem(1), problem(2)], 2, 'en-US');
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).to.equal('2 events were left out because of problems in the data:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['event "e1": date is missing', 'event "e2": date is missing']);
  });

  it('counts the problems when no event was left out', async () => {
    const host = await shown(en, [problem(1)], 0, 'en-US');
    expect(host.querySelector('[role="alert"] p')!.textContent).to.equal('1 problem was found in the data:');
  });

  it('lists eight problems and says how many more there are', async () => {
    const host = await shown(en, Array.from({ length: 11 }, (_, n) => problem(n)), 0, 'en-US');
    expect(host.querySelectorAll('li')).to.have.length(8);
    expect(host.querySelectorAll('[role="alert"] p')[1].textContent).to.equal('…and 3 more (see the browser console).');
  });
});
