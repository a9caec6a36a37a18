import { expect } from '@open-wc/testing';
import { MarkNames } from '../../../src/components/shared/names.js';
import type { ClusterMark } from '../../../src/layout/marks.js';
import { en } from '../../../src/i18n/messages.js';
import { ru } from '../../../src/i18n/ru.js';
import { validateDataset } from '../../../src/model/validate.js';

const events = validateDataset([
  { id: 'cable', title: 'Harriman to Truman', date: '1945-07-01', kind: 'cable' },
  { id: 'talks', title: 'Soong–Stalin talks', date: '1945-07-02', end: '1945-07-12', kind: 'meeting' },
]).dataset.events;
const [cable, talks] = events;
const cluster = (first = cable, last = talks, count = 2) =>
  ({ lane: 0, count, first, last, from: 0, to: 0, x0: 0, x1: 0, y: 0 }) as ClusterMark;

describe('MarkNames', () => {
  it('names an event by title, date and kind, in English until told otherwise', () => {
    expect(new MarkNames().event(cable)).to.equal('Harriman to Truman, July 1, 1945, cable');
  });

  it('names a cluster by its count and its dates, from the first start to the last end', () => {
    expect(new MarkNames().cluster(cluster())).to.equal('2 events, July 1, 1945 – July 12, 1945: zoom in to see them');
    expect(new MarkNames().cluster(cluster(cable, cable, 3))).to.equal('3 events, July 1, 1945: zoom in to see them');
  });

  it('names everything again, and counts a new version, in the language it is reset to', () => {
    const names = new MarkNames();
    names.event(cable);
    names.cluster(cluster());
    const version = names.version;
    names.reset('ru-RU', ru);
    expect(names.version).to.equal(version + 1);
    expect(names.event(cable)).to.equal('Harriman to Truman, 1 июля 1945 г., телеграмма');
    expect(names.cluster(cluster())).to.equal('2 события, 1 июля 1945 г. – 12 июля 1945 г.: увеличьте, чтобы увидеть');
    names.reset('en-US', en);
    expect(names.event(cable)).to.equal('Harriman to Truman, July 1, 1945, cable');
  });
});
