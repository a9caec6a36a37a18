import { expect } from '@open-wc/testing';
import { axisTicks, fitDomain, rangeTransform, tickUnit, timeScale } from '../../src/layout/time-scale.js';
import { validateDataset } from '../../src/model/validate.js';

const events = validateDataset([
  { id: 'a', title: 'A', kind: 'meeting', date: '1945-06-30' },
  { id: 'b', title: 'B', kind: 'conference', date: '1945-07-17', end: '1945-08-02' },
  { id: 'c', title: 'C', kind: 'treaty', date: '1945-08-14' },
]).dataset.events;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('fitDomain', () => {
  it('covers every event, from the first day to the end of the last, with a 5% margin', () => {
    const [from, to] = fitDomain(events);
    const span = utc('1945-08-15').getTime() - utc('1945-06-30').getTime();
    expect(from.getTime()).to.equal(utc('1945-06-30').getTime() - span * 0.05);
    expect(to.getTime()).to.equal(utc('1945-08-15').getTime() + span * 0.05);
  });

  it('gives a single day event at least a day of margin each side', () => {
    const [from, to] = fitDomain(events.slice(0, 1));
    expect(from.toISOString()).to.equal('1945-06-29T00:00:00.000Z');
    expect(to.toISOString()).to.equal('1945-07-02T00:00:00.000Z');
  });

  it('gives an empty dataset a one-year domain', () => {
    const [from, to] = fitDomain([]);
    expect(to.getUTCFullYear() - from.getUTCFullYear()).to.equal(1);
  });
});

describe('axisTicks', () => {
  it('ticks on months across a summer, with the year on the first label', () => {
    const ticks = axisTicks(timeScale([utc('1945-02-01'), utc('1945-09-01')], 700), 90);
    expect(tickUnit(ticks.map((t) => t.date))).to.equal('month');
    expect(ticks[0].label).to.equal('Feb 1945');
    expect(ticks[1].label).to.equal('Mar');
  });

  it('ticks on years across decades', () => {
    const ticks = axisTicks(timeScale([utc('1900-01-01'), utc('2000-01-01')], 600), 90);
    expect(tickUnit(ticks.map((t) => t.date))).to.equal('year');
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).to.equal(true);
  });

  it('ticks on days when zoomed in, never finer', () => {
    const ticks = axisTicks(timeScale([utc('1945-06-29'), utc('1945-07-03')], 1200), 90);
    expect(ticks.map((t) => t.label)).to.deep.equal(['Jun 29, 1945', 'Jun 30', 'Jul 1', 'Jul 2']);
    expect(ticks.find((t) => t.label === 'Jul 1')!.major).to.equal(true);
  });

  it('leaves out a label that would run into the one before, keeping its tick and a major label', () => {
    // Weekly ticks about 54 px apart: "Mar 4, 1945" is wider than that.
    const ticks = axisTicks(timeScale([utc('1945-03-01'), utc('1945-07-25')], 1140), 96);
    expect(ticks.length).to.be.above(15);
    expect(ticks[0].label).to.equal('Mar 4, 1945');
    expect(ticks[1].label).to.equal('');
    expect(ticks.filter((t) => t.label).length).to.be.above(ticks.length - 3);
    const shown = ticks.filter((t) => t.label);
    for (let i = 1; i < shown.length; i++) expect(shown[i].x - shown[i - 1].x, shown[i].label).to.be.at.least(shown[i - 1].label.length * 12 * 0.56);
    // A new month's tick (major) over a week's just before it: the week's label goes.
    const crowded = axisTicks(timeScale([utc('1945-03-05'), utc('1945-04-30')], 260), 60);
    expect(crowded.map((t) => t.label)).to.deep.equal(['Mar 11, 1945', '', '', 'Apr 1', '', 'Apr 15', '', 'Apr 29']);
    const labelled = crowded.filter((t) => t.label);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].x - labelled[i - 1].x).to.be.at.least(labelled[i - 1].label.length * 12 * 0.56);
  });

  it('places ticks at their scale position', () => {
    const scale = timeScale([utc('1945-07-01'), utc('1945-08-01')], 310);
    for (const tick of axisTicks(scale)) expect(tick.x).to.equal(scale(tick.date));
  });
});

describe('rangeTransform', () => {
  it('is the identity for the whole domain', () => {
    const domain: [Date, Date] = [utc('1945-06-01'), utc('1945-09-01')];
    expect(rangeTransform(domain, domain, 800)).to.deep.equal({ k: 1, x: -0 });
  });

  it('zooms so that a sub-range fills the width', () => {
    const domain: [Date, Date] = [utc('1945-06-01'), utc('1945-06-11')];
    const { k, x } = rangeTransform(domain, [utc('1945-06-06'), utc('1945-06-11')], 1000);
    expect(k).to.equal(2);
    expect(x).to.equal(-1000);
  });
});
