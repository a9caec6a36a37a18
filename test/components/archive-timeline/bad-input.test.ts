// Hand-edited data never breaks the widget, never runs, and never costs the valid events.
// Each fixture in test/fixtures/bad/ holds one kind of mistake; expected.json says what must render
// and what the reports must say. Huge and deeply nested inputs are built here, at run time.
import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { EventInput } from '../../../src/model/types.js';
import { cleanup, panel, view } from '../helpers.js';
import {
  BAD, LIVE_MARKUP, alertOf, armTrap, captureWarnings, drawnIds, isVisible, liveMarkupIn, loadBad, openPanel, pause,
  rawEventCount, shadowTrees, trapSprung, unsafeLinks, watchUncaught, type Expected,
} from '../bad-helpers.js';

const expectations = (await (await fetch(`${BAD}expected.json`)).json()) as Record<string, Expected>;

const GOOD: EventInput = { id: 'good', title: 'A valid cable', date: '1945-07-01', kind: 'cable' };
const OTHER: EventInput = { id: 'other', title: 'Another valid message', date: '1945-06-29', kind: 'message' };
const TEN_MB = 10_000_000;
const DEEP = 100_000;

/** A URL the element can load like any dataset, for inputs too big to commit. */
const asSrc = (body: string) => URL.createObjectURL(new Blob([body], { type: 'application/json' }));

/** Runs every check of the brief on one input: what renders, what is said, and that nothing runs. */
async function checkInput(input: { src: string } | { events: ArchiveTimeline['events'] }, want: Expected, leftOut?: number) {
  armTrap();
  const uncaught = watchUncaught();
  const console = captureWarnings();
  performance.clearResourceTimings();
  try {
    const { element, reported } = await loadBad(input);

    // 1. Exactly the valid events are drawn.
    expect(drawnIds(element).sort(), 'drawn events').to.deep.equal([...want.rendered].sort());

    // 2. A visible alert sums up what happened and lists the expected messages.
    const alert = alertOf(element);
    expect(alert, 'the alert').to.not.equal(null);
    expect(isVisible(alert!), 'the alert is visible').to.equal(true);
    const said = alert!.textContent!.replace(/\s+/g, ' ');
    if (leftOut) expect(said).to.contain(leftOut === 1 ? '1 event was left out' : `${leftOut} events were left out`);
    else expect(said).to.match(/\d+ problems? (was|were) found in the data|could not be loaded from/);
    for (const message of want.messages) expect(said, 'the alert').to.contain(message);
    expect(liveMarkupIn(alert), 'markup in the alert').to.deep.equal([]);

    // 3. timeline-error carries every expected message; the console names them too.
    const errors = reported.map((problem) => problem.message).join('\n');
    for (const message of want.messages) expect(errors, 'timeline-error').to.contain(message);
    for (const message of want.messages) expect(console.warnings.join('\n'), 'console.warn').to.contain(message);

    // 4. Nothing in the data runs: open each panel, let handlers fire, look for live markup and unsafe links.
    for (const id of want.rendered) {
      const inline = typeof view(element)?.data.events.find((event) => event.id === id)?.source?.transcript === 'object';
      const root = await openPanel(element, id, inline);
      await pause(50);
      expect(liveMarkupIn(root), `markup in the panel of ${id}`).to.deep.equal([]);
    }
    await pause(100);
    for (const tree of shadowTrees(element)) {
      expect(liveMarkupIn(tree), 'live markup').to.deep.equal([]);
    }
    expect(unsafeLinks(element), 'unsafe links').to.deep.equal([]);
    expect(trapSprung(), 'a payload ran').to.equal(false);
    expect(Object.prototype, 'Object.prototype').to.not.have.property('polluted');
    const outside = performance.getEntriesByType('resource').map((entry) => entry.name)
      .filter((name) => /evil\.example|etc\/passwd/.test(name));
    expect(outside, 'requests outside the dataset folder').to.deep.equal([]);

    // 5. Nothing was thrown past the element.
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  } finally {
    console.restore();
    uncaught.stop();
  }
}

afterEach(cleanup);

describe('bad input: the fixture corpus', () => {
  it('holds at least 40 fixtures, each with the valid events it keeps and what it must say', () => {
    const files = Object.keys(expectations);
    expect(files.length).to.be.at.least(40);
    for (const file of files) expect(expectations[file].messages.length, file).to.be.above(0);
  });

  for (const [file, want] of Object.entries(expectations)) {
    it(`${file}: draws ${want.rendered.length ? want.rendered.join(', ') : 'no event'} and says what is wrong`, async () => {
      const text = await (await fetch(`${BAD}${file}`)).text();
      const total = rawEventCount(text);
      await checkInput({ src: `${BAD}${file}` }, want, total === undefined ? undefined : total - want.rendered.length);
    });
  }
});

describe('bad input: built at run time', () => {
  const big = 'x'.repeat(TEN_MB);
  const hugeTitle = 'event "huge": title is longer than 100,000 characters; the event was left out';
  const hugeSummary = 'event "other": summary is longer than 100,000 characters; it was left out';

  it('leaves out an event with a 10 MB title and drops a 10 MB summary, loaded from src', async () => {
    const body = JSON.stringify({ title: 'Huge', events: [GOOD, { ...GOOD, id: 'huge', title: big }, { ...OTHER, summary: big }] });
    const started = performance.now();
    await checkInput({ src: asSrc(body) }, { rendered: ['good', 'other'], messages: [hugeTitle, hugeSummary] }, 1);
    expect(performance.now() - started).to.be.below(8000);
  });

  it('leaves out an event with a 10 MB title given as the events property', async () => {
    const events = { title: 'Huge', events: [GOOD, { ...GOOD, id: 'huge', title: big }] };
    await checkInput({ events }, { rendered: ['good'], messages: [hugeTitle] }, 1);
  });

  it('says "not an event object" for 100,000-deep nesting as the whole body of src', async () => {
    const deep = '['.repeat(DEEP) + ']'.repeat(DEEP);
    await checkInput({ src: asSrc(deep) }, { rendered: [], messages: ['event #1 is a list, not an event object'] }, 1);
  });

  it('keeps the valid event beside 100,000-deep nesting in events, loaded from src', async () => {
    const body = `{"title":"Deep","events":[${JSON.stringify(GOOD)},${'['.repeat(DEEP)}${']'.repeat(DEEP)}]}`;
    await checkInput({ src: asSrc(body) }, { rendered: ['good'], messages: ['event #2 is a list, not an event object'] }, 1);
  });

  it('keeps the valid event beside 100,000-deep nesting given as the events property', async () => {
    const deep: unknown = JSON.parse('['.repeat(DEEP) + ']'.repeat(DEEP));
    const events = [GOOD, deep, { ...OTHER, title: deep }] as unknown as EventInput[];
    await checkInput({ events }, { rendered: ['good'], messages: ['event #2 is a list, not an event object', 'event "other": title must be a non-empty text, not a list'] }, 2);
  });
});

describe('bad input: the checks themselves', () => {
  // Each check above must be able to fail: these show it does when the protection is missing.
  const payloads = [
    '<script>__trap()</script>', '<img src=x onerror="__trap()">', '<svg onload="window.__pwned=true">',
    '<iframe srcdoc="<script>parent.__trap()</script>">',
  ];
  for (const payload of payloads) {
    it(`springs the trap when ${payload} is parsed as HTML`, async () => {
      armTrap();
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.append(document.createRange().createContextualFragment(payload));
        // An inline <svg> gets its load event from the page's parser only: fire it as the page would.
        host.querySelectorAll('svg[onload]').forEach((svg) => svg.dispatchEvent(new Event('load')));
        for (let i = 0; i < 50 && !trapSprung(); i++) await pause(20);
        expect(trapSprung()).to.equal(true);
        expect(host.querySelectorAll(LIVE_MARKUP).length).to.be.above(0);
      } finally {
        host.remove();
        armTrap();
      }
    });
  }

  it('finds a javascript:, data: or vbscript: link anywhere in the shadow trees', async () => {
    const { element } = await loadBad({ src: `${BAD}url-javascript.json` });
    await openPanel(element, 'good', false);
    const root = panel(element)!.shadowRoot!;
    for (const href of [' JavaScript:x()', 'data:text/html,x', 'vbscript:x', 'java\tscript:x']) {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      root.append(link);
      expect(unsafeLinks(element), href).to.have.length(1);
      link.remove();
    }
  });

  it('warns in the console with the event id and the field', async () => {
    const console = captureWarnings();
    try {
      await loadBad({ src: `${BAD}date-june-31.json` });
      const warning = console.warnings.find((line) => line.includes('"bad"'));
      expect(warning).to.contain('event "bad": date "1945-06-31"');
      expect(warning).to.match(/^<archive-timeline>: /);
    } finally {
      console.restore();
    }
  });

  it('does not take a field from __proto__ in the data, nor change any prototype', async () => {
    const { element } = await loadBad({ src: `${BAD}proto-in-event.json` });
    const root = await openPanel(element, 'good', false);
    expect(root.querySelector('.summary'), 'a summary from __proto__').to.equal(null);
    expect(root.querySelector('a.original'), 'a url from __proto__').to.equal(null);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(panel(element)!.event)).to.equal(Object.prototype);
  });
});
