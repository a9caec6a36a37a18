// Bad networks: the widget says what went wrong, offers Retry, and keeps working for the rest.
// Every failure comes from test/server/misbehaving.mjs, which web-test-runner serves under /misbehave/.
import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { Problem } from '../../../src/model/types.js';
import { cleanup, marks, panel, panelPart, settle, waitFor } from '../helpers.js';

/** A short loadTimeout, so a body that never ends fails in a second and a half, not twenty. */
const FAST_TIMEOUT = 1500;

/** A key of its own for each request, so tests (and the two time zones' runs) never share the server's state. */
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const withKey = (path: string, key = unique()) => `${path}${path.includes('?') ? '&' : '?'}key=${key}`;

/** The same server under its other loopback name: another origin for the browser. */
const crossOrigin = (path: string) => `http://127.0.0.1:${location.port}${path}`;

/** How many requests with this key reached the server. */
async function seen(key: string): Promise<number> {
  return ((await (await fetch(`/misbehave/seen?key=${key}`)).json()) as { count: number }).count;
}

/** Polls an asynchronous condition (at most two seconds). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out waiting');
}

interface Mounted {
  element: ArchiveTimeline;
  errors: Problem[][];
  loads: number[];
  warnings: string[];
}

let restoreWarn: (() => void) | undefined;

/** Adds an element with `src`, recording its timeline-load and timeline-error events and its console warnings. */
async function mount(src: string, setup: (element: ArchiveTimeline) => void = () => {}): Promise<Mounted> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  restoreWarn = () => (console.warn = original);
  const element = document.createElement('archive-timeline');
  element.style.width = '1000px';
  element.loadTimeout = FAST_TIMEOUT;
  const errors: Problem[][] = [];
  const loads: number[] = [];
  element.addEventListener('timeline-error', (event) => errors.push(event.detail.errors));
  element.addEventListener('timeline-load', (event) => loads.push(event.detail.count));
  element.src = src;
  setup(element);
  document.body.append(element);
  await settle(element);
  return { element, errors, loads, warnings };
}

/** Waits for the element's dataset to arrive or to fail. */
async function settled(mounted: Mounted): Promise<void> {
  await waitFor(mounted.element, () => mounted.errors.length + mounted.loads.length > 0, 200);
  await settle(mounted.element);
}

const alertOf = (root: ShadowRoot | null | undefined) => root?.querySelector<HTMLElement>('[role="alert"]') ?? null;
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

function isVisible(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

const UNREACHABLE = 'the address could not be reached, or its server does not allow this page to read it';

/** What a person can act on, for each way a file fails; every reason is its own text. */
const FAILURES: { name: string; says: string }[] = [
  { name: '404', says: 'there is no file at this address (the server answered 404); check the address' },
  { name: '500', says: 'the server had a problem (it answered 500); try again later' },
  { name: 'html', says: 'the address leads to a web page (HTML), not to the file itself' },
  { name: 'empty', says: 'the file is empty' },
  { name: 'cut', says: 'the connection broke before the whole file arrived; try again' },
  { name: 'never-ends', says: 'the server took too long to send the file' },
];

afterEach(() => {
  restoreWarn?.();
  restoreWarn = undefined;
  cleanup();
});

describe('<archive-timeline> on a bad network: the dataset', () => {
  /** Loads a failing `src` and checks everything a reader and a developer get: alert, event, warning, Retry. */
  async function expectFailure(src: string, says: string): Promise<Mounted> {
    const mounted = await mount(src);
    await settled(mounted);
    const { element, errors, loads, warnings } = mounted;
    const alert = alertOf(element.shadowRoot);
    expect(alert, 'the alert').to.not.equal(null);
    expect(isVisible(alert!), 'the alert is visible').to.equal(true);
    const message = `The timeline data could not be loaded from “${src}”: ${says}.`;
    expect(textOf(alert!.querySelector('p')!)).to.equal(message);
    expect(loads, 'timeline-load').to.deep.equal([]);
    expect(errors, 'timeline-error').to.deep.equal([[{ field: 'src', message }]]);
    expect(warnings).to.deep.equal([`<archive-timeline>: ${message}`]);
    expect(alert!.querySelector('button')!.textContent).to.equal('Retry');
    expect(element.shadowRoot!.querySelector('archive-timeline-view'), 'a timeline of nothing').to.equal(null);
    return mounted;
  }

  for (const { name, says } of FAILURES) {
    it(`says "${says}" when src answers ${name}`, async () => {
      await expectFailure(withKey(`/misbehave/${name}`), says);
    });
  }

  it('says the address could not be reached when another site refuses to share its file (CORS)', async () => {
    const key = unique();
    await expectFailure(crossOrigin(`/misbehave/cors?key=${key}`), UNREACHABLE);
    // The request reached the server: it was the browser that refused the answer, not a dead address.
    expect(await seen(key)).to.equal(1);
  });

  it('says the address could not be reached when src redirects in a loop', async () => {
    const key = unique();
    await expectFailure(`/misbehave/redirect-loop?key=${key}`, UNREACHABLE);
    // The browser followed the loop for a while, then gave up.
    expect(await seen(key)).to.be.above(10);
  });

  it('still says "not valid JSON" for a file that is text but not JSON', async () => {
    await expectFailure('/test/fixtures/sources/cable.txt', 'the file is not valid JSON');
  });

  it('says what went wrong in the reader\'s language', async () => {
    const { element } = await mount('/misbehave/404?key=ru', (el) => (el.locale = 'ru-RU'));
    const ru = await waitFor(element, () => alertOf(element.shadowRoot));
    expect(textOf(ru)).to.contain('Не удалось загрузить данные хронологии из «/misbehave/404?key=ru»: по этому адресу нет файла (сервер ответил 404); проверьте адрес.');
    expect(ru.querySelector('button')!.textContent).to.equal('Повторить');
    element.locale = 'zh-CN';
    await settle(element);
    expect(textOf(alertOf(element.shadowRoot)!)).to.contain('此地址没有文件（服务器返回 404），请检查地址');
  });

  it('loads and draws the events when Retry succeeds', async () => {
    const src = withKey('/misbehave/flaky');
    const { element, loads, errors } = await expectFailure(src, 'the server had a problem (it answered 500); try again later');
    alertOf(element.shadowRoot)!.querySelector('button')!.click();
    await waitFor(element, () => loads.length > 0, 200);
    await settle(element);
    expect(loads).to.deep.equal([2]);
    expect(errors).to.have.length(1);
    expect(alertOf(element.shadowRoot), 'the alert after Retry').to.equal(null);
    expect(marks(element).map((mark) => mark.dataset.eventId)).to.have.members(['arrived-first', 'arrived-second']);
    expect(element.shadowRoot!.querySelector('[part="header"] h2')!.textContent).to.equal('Network test: the dataset that arrived');
  });

  it('shows the newer src when an older, slower one answers later', async () => {
    const slowKey = unique();
    const { element, loads, errors } = await mount(`/misbehave/slow?ms=700&key=${slowKey}`, (el) => (el.loadTimeout = 5000));
    // The slow request is on its way before src changes.
    await until(async () => (await seen(slowKey)) > 0);
    element.src = withKey('/misbehave/ok');
    await waitFor(element, () => loads.length > 0, 200);
    // Long after the slow answer would have come.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await settle(element);
    expect(loads, 'timeline-load fired once, for the newer src').to.deep.equal([2]);
    expect(errors).to.deep.equal([]);
    expect(marks(element).map((mark) => mark.dataset.eventId)).to.have.members(['arrived-first', 'arrived-second']);
    expect(element.shadowRoot!.querySelector('[part="header"] h2')!.textContent).to.equal('Network test: the dataset that arrived');
  });
});

describe('<archive-timeline> on a bad network: transcripts', () => {
  const TRANSCRIPT_FAILURES = [...FAILURES, { name: 'redirect-loop', says: UNREACHABLE }, { name: 'cors', says: UNREACHABLE }];

  /** The dataset whose events' transcripts fail one way each, with the panel of one open. */
  async function openTranscript(failure: string): Promise<{ mounted: Mounted; alert: HTMLElement }> {
    const mounted = await mount(withKey('/misbehave/transcripts/dataset'), (el) => (el.selected = `transcript-${failure}`));
    await settled(mounted);
    const { element } = mounted;
    const alert = await waitFor(element, () => alertOf(panel(element)?.shadowRoot), 200);
    return { mounted, alert };
  }

  for (const { name, says } of TRANSCRIPT_FAILURES) {
    it(`says "${says}" in the panel when a transcript answers ${name}, with Retry and the original`, async () => {
      const { mounted, alert } = await openTranscript(name);
      expect(isVisible(alert)).to.equal(true);
      expect(textOf(alert.querySelector('p')!)).to.equal(`The transcript could not be loaded: ${says}.`);
      expect(alert.querySelector('button')!.textContent).to.equal('Retry');
      expect(alert.querySelector<HTMLAnchorElement>('a.original')!.href).to.equal(`https://example.org/original/${name}`);
      // The dataset itself loaded: no alert in the element, every event drawn.
      expect(mounted.loads).to.deep.equal([10]);
      expect(alertOf(mounted.element.shadowRoot)).to.equal(null);
    });
  }

  it('keeps working: another event opens and its transcript loads', async () => {
    const { mounted } = await openTranscript('404');
    const { element } = mounted;
    const previous = panel(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.previous')!;
    expect(previous.getAttribute('aria-label')).to.equal('Previous: A cable whose transcript arrives');
    previous.click();
    await waitFor(element, () => element.selected === 'transcript-ok');
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'), 200);
    expect(transcript.textContent).to.contain('This morning I called on Soong at his request.');
    expect(alertOf(panel(element)!.shadowRoot)).to.equal(null);
    expect(panel(element)!.shadowRoot!.querySelector('h3')!.textContent).to.equal('A cable whose transcript arrives');
  });

  it('loads the transcript when Retry succeeds', async () => {
    const { mounted, alert } = await openTranscript('flaky');
    expect(textOf(alert)).to.contain('the server had a problem (it answered 500)');
    alert.querySelector('button')!.click();
    const { element } = mounted;
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'), 200);
    expect(transcript.textContent).to.contain('This morning I called on Soong at his request.');
    expect(alertOf(panel(element)!.shadowRoot)).to.equal(null);
  });
});

describe('<archive-timeline> on a bad network: what stays and what goes', () => {
  it('drops the previous dataset when a new src fails', async () => {
    const mounted = await mount(withKey('/misbehave/ok'));
    await settled(mounted);
    expect(marks(mounted.element).length).to.be.above(0);
    const failed = mounted.errors.length;
    mounted.element.src = withKey('/misbehave/404');
    await waitFor(mounted.element, () => mounted.errors.length > failed, 200);
    await settle(mounted.element);
    expect(alertOf(mounted.element.shadowRoot)).to.not.equal(null);
    expect(mounted.element.shadowRoot!.querySelector('archive-timeline-view')).to.equal(null);
    expect(mounted.element.shadowRoot!.querySelector('header')).to.equal(null);
  });

  it('reports a transcript that fails to load with timeline-error and a console warning', async () => {
    const mounted = await mount(withKey('/misbehave/transcripts/dataset'), (el) => (el.selected = 'transcript-404'));
    await settled(mounted);
    await waitFor(mounted.element, () => mounted.errors.some((errors) => errors[0]?.field === 'source.transcript'), 200);
    const problem = mounted.errors.flat().find((error) => error.field === 'source.transcript')!;
    expect(problem.id).to.equal('transcript-404');
    expect(problem.message).to.contain('there is no file at this address');
    expect(mounted.warnings.some((warning) => warning.includes('transcript-404') && warning.includes('transcript'))).to.equal(true);
  });

  it('lets two events share a transcript file, even when the reader moves on while it loads', async () => {
    const shared = withKey('misbehave/transcripts/slow?ms=600');
    const element = document.createElement('archive-timeline');
    element.events = [
      { id: 'a', title: 'A', date: '1945-07-01', kind: 'cable', source: { title: 'A', transcript: shared } },
      { id: 'b', title: 'B', date: '1945-07-02', kind: 'cable', source: { title: 'B', transcript: shared } },
    ];
    element.selected = 'a';
    document.body.append(element);
    await settle(element);
    element.selected = 'b';
    const transcript = await waitFor(element, () => panelPart(element, 'transcript'), 200);
    expect(transcript.textContent!.length).to.be.above(10);
    expect(alertOf(panel(element)!.shadowRoot)).to.equal(null);
  });

  it('keeps keyboard focus on Retry when the retry fails again', async () => {
    const mounted = await mount(withKey('/misbehave/404'));
    await settled(mounted);
    const retry = alertOf(mounted.element.shadowRoot)!.querySelector<HTMLButtonElement>('button')!;
    retry.focus();
    const failures = mounted.errors.length;
    retry.click();
    await waitFor(mounted.element, () => mounted.errors.length > failures, 200);
    await settle(mounted.element);
    expect(mounted.element.shadowRoot!.activeElement?.textContent).to.equal('Retry');
  });
});
