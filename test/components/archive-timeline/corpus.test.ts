import { expect } from '@open-wc/testing';
import { CORPUS, cleanup, loadTimeline, mark, marks, panel, panelPart, settle, view, waitFor } from '../helpers.js';

const CABLE = 'harriman-cable-1945-07-01';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

afterEach(cleanup);

describe(`the 1945 timeline as readers see it (time zone ${zone})`, () => {
  it('runs in the time zone its browser was launched in', () => {
    // Chromium may name Kolkata by its older alias.
    expect(zone).to.be.oneOf(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Moscow', 'Pacific/Pago_Pago']);
    // The zone really is in force: local midnight of July 1, 1945 is another instant than UTC's, except in UTC.
    expect(new Date(1945, 6, 1).getTime() === Date.UTC(1945, 6, 1)).to.equal(zone === 'UTC');
  });

  it('shows every event of the corpus at the default zoom, as a mark or in a cluster, with no two labels overlapping', async () => {
    const element = await loadTimeline({ src: CORPUS, width: '1200px' });
    const count = (await (await fetch(CORPUS)).json()).events.length;
    const clustered = [...view(element)!.shadowRoot!.querySelectorAll<SVGGElement>('[part~="cluster"]')]
      .reduce((sum, cluster) => sum + Number(cluster.dataset.count), 0);
    expect(marks(element).length + clustered).to.equal(count);
    expect(marks(element).length).to.be.above(count / 3);
    const boxes = [...view(element)!.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.getBoundingClientRect());
    expect(boxes.length).to.be.above(10);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('reads the July 1 cable as July 1, 1945, whatever the reader\'s time zone', async () => {
    const element = await loadTimeline({ src: CORPUS, selected: CABLE });
    expect(mark(element, CABLE).getAttribute('aria-label')).to.contain('July 1, 1945');
    expect(panelPart(element, 'panel')!.querySelector('dd')!.textContent).to.equal('July 1, 1945 (morning)');
    element.selected = 'soong-stalin-1945-06-30';
    await settle(element);
    expect(mark(element, 'soong-stalin-1945-06-30').getAttribute('aria-label')).to.contain('June 30, 1945');
  });

  it('lets a reader walk from the cable to each event it mentions, and back', async () => {
    const element = await loadTimeline({ src: CORPUS, selected: CABLE, width: '1200px' });
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'));
    const targets = [...transcript.querySelectorAll<HTMLAnchorElement>('a[data-event-id]')].map((a) => a.dataset.eventId!);
    expect(targets).to.deep.equal([
      'wh-307', 'soong-stalin-1945-06-30', 'soong-stalin-1945-07-02', 'truman-soong-1945-06-09', 'hurley-conferences-1945-06',
    ]);
    for (const target of targets) {
      const link = await waitFor(element, () =>
        panelPart(element, 'transcript')?.querySelector<HTMLAnchorElement>(`a[data-event-id="${target}"]`));
      link.click();
      await settle(element);
      expect(element.selected).to.equal(target);
      expect(mark(element, target).getAttribute('aria-current')).to.equal('true');
      const back = panel(element)!.shadowRoot!.querySelector<HTMLAnchorElement>(`.links a[data-event-id="${CABLE}"]`);
      expect(back, `a link back to the cable from ${target}`).to.not.equal(null);
      back!.click();
      await settle(element);
      expect(element.selected).to.equal(CABLE);
    }
  });
});
