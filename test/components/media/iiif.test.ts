import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { EventInput, MediaItem } from '../../../src/model/types.js';
import type { MediaGallery } from '../../../src/components/media/media-gallery.js';
import type { MediaViewer } from '../../../src/components/media/media-viewer.js';
import { loadTimeline, panel, settle, waitFor } from '../helpers.js';

let keys = 0;
const key = () => `iiif-${Date.now()}-${keys++}`;
/** A fixture service's base address, its requests counted under `k`. */
const service = (k: string, name: string) => `/media-fixture/iiif/${k}/${name}`;
const requested = async (k: string): Promise<string[]> => (await fetch(`/media-fixture/requested?key=${k}`)).json();

async function showing(media: MediaItem[], attributes: Record<string, string> = {}): Promise<ArchiveTimeline> {
  const event: EventInput = { id: 'scan', title: 'Treaty scan', date: '1945-08-14', kind: 'treaty', media };
  const element = await loadTimeline(attributes, (el) => {
    el.events = { title: 'IIIF', events: [event] };
    el.selected = 'scan';
  });
  await settle(element);
  return element;
}

const gallery = (element: ArchiveTimeline) => panel(element)!.shadowRoot!.querySelector<MediaGallery>('archive-media-gallery')!;
const figure = (element: ArchiveTimeline) => gallery(element).shadowRoot!.querySelector<HTMLElement>('figure[part~="media"]')!;
const viewer = (element: ArchiveTimeline) => gallery(element).shadowRoot!.querySelector<MediaViewer>('archive-media-viewer')!;

/** Waits until the service's info.json has been read and the picture (brought into view) has arrived. */
async function pictureOf(element: ArchiveTimeline): Promise<HTMLImageElement> {
  const image = await waitFor(element, () => figure(element)?.querySelector('img') ?? undefined);
  image.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 300 && !(image.complete && image.naturalWidth); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return image;
}

afterEach(() => document.querySelectorAll('archive-timeline').forEach((element) => element.remove()));

describe('IIIF image services in the source panel', () => {
  it('reads a version 3 service from its base address and asks for one listed size, never the original', async () => {
    const k = key();
    const element = await showing([{ url: service(k, 'v3'), type: 'iiif-image', alt: 'The treaty, signature page', caption: 'Page 12' }]);
    const image = await pictureOf(element);
    const base = `${location.origin}${service(k, 'v3')}`;
    expect(image.getAttribute('srcset')).to.equal(
      `${base}/full/150,200/0/default.jpg 150w, ${base}/full/300,400/0/default.jpg 300w, ${base}/full/600,800/0/default.jpg 600w`,
    );
    expect(image.alt).to.equal('The treaty, signature page');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(figure(element).querySelector('figcaption')!.textContent).to.include('Page 12');
    expect(image.naturalWidth).to.be.greaterThan(0);
    // The original (1200 × 1600) is listed too, for the large view, not for the thumbnail.
    expect(image.srcset).to.not.include('1200w');
    const asked = await requested(k);
    expect(asked[0]).to.equal('v3/info.json');
    const pictures = asked.filter((path) => path !== 'v3/info.json');
    expect(pictures).to.have.length(1);
    expect(image.srcset).to.include(`${base}/${pictures[0].slice('v3/'.length)}`);
    expect(pictures[0]).to.not.include('/max/');
    await expect(element).to.be.accessible();
  });

  it('reads a version 2 info.json: sizes as "w," and, without sizes, the sizes its tiles hold', async () => {
    const k = key();
    const element = await showing([
      { url: `${service(k, 'v2')}/info.json`, type: 'iiif-image', alt: 'Page 1' },
      { url: `${service(k, 'v2-tiles')}/info.json`, type: 'iiif-image', alt: 'Page 2' },
    ]);
    await pictureOf(element);
    const [first, second] = [...gallery(element).shadowRoot!.querySelectorAll('img')];
    const v2 = `${location.origin}${service(k, 'v2')}`;
    expect(first.getAttribute('srcset')).to.equal(`${v2}/full/150,/0/default.jpg 150w, ${v2}/full/300,/0/default.jpg 300w, ${v2}/full/600,/0/default.jpg 600w`);
    // 2000 × 1500 in 256 px tiles: at 1/8 (250 × 188) and 1/16 (125 × 94) the whole picture is one tile.
    const tiled = `${location.origin}${service(k, 'v2-tiles')}`;
    expect(second.getAttribute('srcset')).to.equal(`${tiled}/full/125,/0/default.jpg 125w, ${tiled}/full/250,/0/default.jpg 250w`);
    expect((await requested(k)).some((path) => /\/full\/full\//.test(path))).to.equal(false);
  });

  it('opens the service large, with every size for the browser to choose from', async () => {
    const k = key();
    const element = await showing([{ url: service(k, 'v3'), type: 'iiif-image', alt: 'The treaty, signature page' }]);
    await pictureOf(element);
    figure(element).querySelector<HTMLButtonElement>('button.open')!.click();
    await viewer(element).updateComplete;
    const large = viewer(element).shadowRoot!.querySelector<HTMLImageElement>('.stage img')!;
    expect(viewer(element).shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(large.getAttribute('srcset')).to.include(`${location.origin}${service(k, 'v3')}/full/max/0/default.jpg 1200w`);
    expect(large.getAttribute('src')).to.equal(`${location.origin}${service(k, 'v3')}/full/max/0/default.jpg`);
    expect(large.getAttribute('sizes')).to.equal('96vw');
  });

  it('says why a service failed, with Retry and the link, and Retry loads it', async () => {
    const k = key();
    const element = await showing([{ url: service(k, 'flaky'), type: 'iiif-image', alt: 'Page 3', link: 'https://example.org/page-3' }]);
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('The image could not be loaded: the server had a problem (it answered 500)');
    expect(alert.querySelector('a')!.href).to.equal('https://example.org/page-3');
    await expect(element).to.be.accessible();
    alert.querySelector<HTMLButtonElement>('button.retry')!.click();
    const image = await pictureOf(element);
    expect(image.srcset).to.include('/flaky/full/600,800/0/default.jpg 600w');
    expect((await requested(k)).filter((path) => path === 'flaky/info.json')).to.have.length(2);
  });

  it('gives up on a service that takes longer than the element\'s timeout, and says so', async () => {
    const k = key();
    const element = await loadTimeline({}, (el) => {
      el.loadTimeout = 300;
      el.events = { title: 'IIIF', events: [{ id: 'scan', title: 'Treaty scan', date: '1945-08-14', kind: 'treaty', media: [{ url: service(k, 'slow'), type: 'iiif-image', alt: 'Page 4' }] }] };
      el.selected = 'scan';
    });
    await settle(element);
    expect(figure(element).querySelector('[role="status"]')!.textContent).to.equal('Loading the image…');
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('The image could not be loaded: the server took too long to send the file.');
  });

  it('says a document that is not a IIIF image service is not one, in Russian too', async () => {
    const k = key();
    const element = await showing([{ url: service(k, 'not-iiif'), type: 'iiif-image', alt: 'Страница' }], { locale: 'ru' });
    const alert = await waitFor(element, () => figure(element)?.querySelector<HTMLElement>('[role="alert"]') ?? undefined);
    expect(alert.textContent).to.include('Изображение не удалось загрузить: по этому адресу нет службы изображений IIIF.');
    expect(alert.querySelector('button')!.textContent).to.equal('Повторить');
  });
});
