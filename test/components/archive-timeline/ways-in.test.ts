import { expect } from '@open-wc/testing';
import { frame, marksIn, until } from '../frame-helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('ways in', () => {
  it('embeds in an iframe that fills its frame and tells the parent its height', async () => {
    const heights: number[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'archive-timeline:height') heights.push(event.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      const iframe = await frame('/demo/embed.html?src=/test/fixtures/small.json&event=cable&lanes=party');
      const doc = iframe.contentDocument!;
      await until(() => marksIn(doc) === 7, 'the events in the frame');
      const timeline = doc.querySelector('archive-timeline')!;
      expect(timeline.getAttribute('selected')).to.equal('cable');
      expect(timeline.getAttribute('lanes')).to.equal('party');
      const fullHeight = () => doc.documentElement.getBoundingClientRect().height;
      // The page reports again as it grows: the last message matches the loaded content.
      await until(() => heights.length && Math.abs(heights[heights.length - 1] - fullHeight()) <= 2, 'a height message');
      expect(fullHeight()).to.be.above(400);
      expect(Math.round(timeline.getBoundingClientRect().width)).to.be.closeTo(900 - 16, 2);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it("gives the embed page the language of the data it is told, else the locale's", async () => {
    const headerIn = (doc: Document) => doc.querySelector('archive-timeline')?.shadowRoot?.querySelector('header');
    const buttonIn = (doc: Document) => doc.querySelector('archive-timeline')?.shadowRoot?.querySelector('.controls button');
    for (const [query, data, texts] of [['locale=ru', 'ru', 'ru'], ['locale=ru&lang=en', 'en', 'ru'], ['', 'en', 'en']]) {
      const iframe = await frame(`/demo/embed.html?src=/test/fixtures/small.json&${query}`);
      const doc = iframe.contentDocument!;
      const header = await until(() => headerIn(doc), 'the header');
      await until(() => buttonIn(doc), 'the controls');
      expect([query, header.matches(`:lang(${data})`), buttonIn(doc)!.matches(`:lang(${texts})`)]).to.deep.equal([query, true, true]);
      iframe.remove();
    }
  });

  it('works under a strict Content-Security-Policy', async () => {
    const iframe = await frame('/test/fixtures/csp/index.html');
    const win = iframe.contentWindow as Window & { inlineScriptRan?: boolean };
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`));
    const doc = win.document;
    await until(() => marksIn(doc) === 7, 'the events under CSP');
    // The panel is a chunk of its own, loaded under the same policy.
    const panel = () => doc.querySelector('archive-timeline')!.shadowRoot!.querySelector('archive-source-panel')?.shadowRoot;
    await until(() => panel()?.querySelector('[part~="transcript"]'), 'the transcript under CSP');
    // The controls show the policy is on: inline script and inline style are blocked.
    expect(win.inlineScriptRan).to.equal(undefined);
    expect(win.getComputedStyle(doc.getElementById('inline-style')!).color).to.not.equal('rgb(255, 0, 0)');
    // The widget itself still has its styles (adopted stylesheets) and broke no rule of the policy.
    const label = doc.querySelector('archive-timeline')!.shadowRoot!.querySelector('archive-timeline-view')!.shadowRoot!.querySelector('[part~="label"]')!;
    expect(win.getComputedStyle(label).fontSize).to.equal('13px');
    // Only the page's own controls are refused: nothing the bundle does (its style attributes would name the bundle).
    expect(violations.filter((v) => !v.endsWith(' ' + iframe.src))).to.deep.equal([]);
  });

  it('defines the element from the classic script, and loading both bundles or one twice does not throw', async () => {
    const iframe = await frame('/test/fixtures/iife.html');
    const win = iframe.contentWindow as Window & { errors?: string[] };
    await until(() => marksIn(win.document) === 3, 'the events of the classic script');
    expect(win.errors).to.deep.equal([]);
  });
});
