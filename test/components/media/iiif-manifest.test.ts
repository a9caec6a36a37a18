import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { MediaItem } from '../../../src/model/types.js';
import type { MediaGallery } from '../../../src/components/media/media-gallery.js';
import type { MediaViewer } from '../../../src/components/media/media-viewer.js';
import { loadTimeline, panel, settle, waitFor } from '../helpers.js';

let keys = 0;
const key = () => `manifest-${Date.now()}-${keys++}`;
const manifestOf = (k: string, name: string) => `/media-fixture/iiif/${k}/${name}/manifest.json`;

async function showing(media: MediaItem[], attributes: Record<string, string> = {}): Promise<ArchiveTimeline> {
  const element = await loadTimeline(attributes, (el) => {
    el.events = { title: 'IIIF', events: [{ id: 'treaty', title: 'Treaty', date: '1945-08-14', kind: 'treaty', media }] };
    el.selected = 'treaty';
  });
  await settle(element);
  return element;
}

const gallery = (element: ArchiveTimeline) => panel(element)!.shadowRoot!.querySelector<MediaGallery>('archive-media-gallery')!;
const figure = (element: ArchiveTimeline) => gallery(element).shadowRoot!.querySelector<HTMLElement>('figure[part~="media"]')!;
const viewer = (element: ArchiveTimeline) => gallery(element).shadowRoot!.querySelector<MediaViewer>('archive-media-viewer')!;
const pages = (element: ArchiveTimeline) => waitFor(element, () => {
  const buttons = [...(figure(element)?.querySelectorAll<HTMLButtonElement>('button.page') ?? [])];
  return buttons.length ? buttons : undefined;
});
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.querySelectorAll('archive-timeline').forEach((element) => element.remove()));

describe('IIIF manifests in the source panel', () => {
  it('shows a 3.0 manifest as a strip of its pages named by their canvases, with its label, attribution and rights', async () => {
    const k = key();
    const element = await showing([{ url: manifestOf(k, 'manifest-3'), type: 'iiif-manifest' }]);
    const buttons = await pages(element);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Open page: Cover', 'Open page: Page 1', 'Open page: Signatures']);
    expect(buttons.map((button) => text(button.querySelector('.page-label')))).to.deep.equal(['Cover', 'Page 1', 'Signatures']);
    const service = `${location.origin}/media-fixture/iiif/${k}/v3`;
    // The canvas's own thumbnail; a canvas without one (on a level-0 service) shows its picture.
    expect(buttons.map((button) => button.querySelector('img')!.src)).to.deep.equal([
      `${service}/full/150,200/0/default.jpg`, `${service}/full/150,200/0/default.jpg`, `${service}/full/600,800/0/default.jpg`,
    ]);
    expect(text(figure(element).querySelector('.manifest-label'))).to.equal('Treaty of friendship, signed copy');
    expect(text(figure(element).querySelector('.attribution'))).to.equal('Attribution: Test archive, fonds 1');
    expect(text(figure(element).querySelector('.rights'))).to.equal('Rights: http://creativecommons.org/publicdomain/zero/1.0/');
    expect(figure(element).querySelector('ul.pages')!.getAttribute('aria-label')).to.equal('Pages: Treaty of friendship, signed copy');
    await expect(element).to.be.accessible();
  });

  it('opens a page large and steps page to page', async () => {
    const element = await showing([{ url: manifestOf(key(), 'manifest-3'), type: 'iiif-manifest' }]);
    const buttons = await pages(element);
    buttons[1].click();
    await viewer(element).updateComplete;
    const shadow = viewer(element).shadowRoot!;
    expect(shadow.querySelector('dialog')!.open).to.equal(true);
    expect(shadow.querySelector('.stage')!.getAttribute('aria-label')).to.equal('Treaty of friendship, signed copy: Page 1');
    await sendKeys({ press: 'PageDown' });
    await viewer(element).updateComplete;
    expect(shadow.querySelector('.stage')!.getAttribute('aria-label')).to.equal('Treaty of friendship, signed copy: Signatures');
    expect(shadow.querySelector<HTMLButtonElement>('button.next')!.disabled).to.equal(true);
    shadow.querySelector<HTMLButtonElement>('button.previous')!.click();
    await viewer(element).updateComplete;
    expect(shadow.querySelector('.stage')!.getAttribute('aria-label')).to.equal('Treaty of friendship, signed copy: Page 1');
    await sendKeys({ press: 'Escape' });
    await viewer(element).updateComplete;
    expect(gallery(element).shadowRoot!.activeElement).to.equal(buttons[1]);
  });

  it('reads a 2.1 manifest: its canvases, attribution (as text) and licence, in the reader\'s language', async () => {
    const element = await showing([{ url: manifestOf(key(), 'manifest-2'), type: 'iiif-manifest' }], { locale: 'ru' });
    const buttons = await pages(element);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Открыть страницу: Sheet 1', 'Открыть страницу: Sheet 2']);
    expect(text(figure(element).querySelector('.manifest-label'))).to.equal('Cable, two pages');
    expect(text(figure(element).querySelector('.attribution'))).to.equal('Test archive, fonds 2');
    expect(figure(element).querySelector('.attribution b')).to.equal(null);
    expect(figure(element).querySelector<HTMLAnchorElement>('.rights a')!.href).to.equal('https://example.org/licence');
  });

  it('says a document that is not a IIIF manifest is not one, with Retry and the link', async () => {
    const element = await showing([{ url: manifestOf(key(), 'not-manifest'), type: 'iiif-manifest', link: 'https://example.org/document' }]);
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('The document could not be loaded: this address is not a IIIF manifest.');
    expect(alert.querySelector('button.retry')!.textContent).to.equal('Retry');
    expect(alert.querySelector('a')!.href).to.equal('https://example.org/document');
    await expect(element).to.be.accessible();
  });

  it('tries a manifest again with Retry', async () => {
    const element = await showing([{ url: manifestOf(key(), 'manifest-flaky'), type: 'iiif-manifest' }]);
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('The document could not be loaded: the server had a problem (it answered 500)');
    alert.querySelector<HTMLButtonElement>('button.retry')!.click();
    expect((await pages(element)).map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Open page: Cover', 'Open page: Page 1', 'Open page: Signatures']);
  });

  it('says why a manifest could not be fetched', async () => {
    const element = await showing([{ url: manifestOf(key(), 'missing'), type: 'iiif-manifest' }]);
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('The document could not be loaded: there is no file at this address (the server answered 404)');
  });
});
