import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArchiveTimeline } from '../../../src/index.js';
import type { EventInput, MediaItem } from '../../../src/model/types.js';
import type { MediaGallery } from '../../../src/components/media/media-gallery.js';
import type { MediaViewer } from '../../../src/components/media/media-viewer.js';
import { loadTimeline, panel, settle } from '../helpers.js';

const png = (key: string, w = 60, h = 40) => `/media-fixture/page.png?w=${w}&h=${h}&key=${key}`;
let keys = 0;
const key = () => `media-${Date.now()}-${keys++}`;

const cable = (media: unknown, extra: Partial<EventInput> = {}): EventInput => ({
  id: 'cable', title: 'Harriman cable', date: '1945-07-01', kind: 'cable', media: media as MediaItem[], ...extra,
});

async function showing(media: unknown, attributes: Record<string, string> = {}): Promise<ArchiveTimeline> {
  const element = await loadTimeline(attributes, (el) => {
    el.events = { title: 'Media', events: [cable(media), { id: 'note', title: 'A note', date: '1945-07-02', kind: 'other' as const }] };
    el.selected = 'cable';
  });
  await settle(element);
  return element;
}

const gallery = (element: ArchiveTimeline) => panel(element)!.shadowRoot!.querySelector<MediaGallery>('archive-media-gallery')!;
const figures = (element: ArchiveTimeline) => [...gallery(element).shadowRoot!.querySelectorAll<HTMLElement>('figure[part~="media"]')];
const viewer = (element: ArchiveTimeline) => gallery(element).shadowRoot!.querySelector<MediaViewer>('archive-media-viewer')!;
const dialog = (element: ArchiveTimeline) => viewer(element).shadowRoot!.querySelector('dialog')!;
/** Waits for a (lazy) picture: brought into view, so the browser asks for it, until it has arrived or failed. */
async function loaded(image: HTMLImageElement): Promise<void> {
  image.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 300 && !(image.complete && image.naturalWidth); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

afterEach(() => document.querySelectorAll('archive-timeline').forEach((element) => element.remove()));

describe('media in the source panel', () => {
  it('loads the media chunk only when a panel with media opens', async () => {
    const element = await loadTimeline({}, (el) => {
      el.events = { title: 'Media', events: [cable([{ url: png(key()), alt: 'A page' }]), { id: 'note', title: 'A note', date: '1945-07-02', kind: 'other' as const }] };
      el.selected = 'note';
    });
    await settle(element);
    expect(customElements.get('archive-media-gallery')).to.equal(undefined);
    element.selected = 'cable';
    await settle(element);
    expect(customElements.get('archive-media-gallery')).to.not.equal(undefined);
    expect(figures(element)).to.have.length(1);
  });

  it('shows each item as a figure with its caption and credit; a picture lazy, its box reserved', async () => {
    const element = await showing([{ url: png(key()), alt: 'The first page, stamped TOP SECRET', caption: 'Page 1', credit: 'Library of Congress' }]);
    const [figure] = figures(element);
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('The first page, stamped TOP SECRET');
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['600', '400']);
    expect(figure.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Page 1 Credit: Library of Congress');
    // The box has its height before the picture arrives, and keeps it after.
    const before = image.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(50);
    await loaded(image);
    expect(image.getBoundingClientRect().height).to.equal(before);
    await expect(element).to.be.accessible();
  });

  it('gives an image without alt its caption, else "Image: " and the title, and says what is missing', async () => {
    const element = await showing([{ url: png(key()), caption: 'Page 1' }, { url: png(key()) }]);
    const alts = figures(element).map((figure) => figure.querySelector('img')!.alt);
    expect(alts).to.deep.equal(['Page 1', 'Image: Harriman cable']);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('event "cable": media[0].alt needs an "alt" text');
    expect(alert.textContent).to.include('event "cable": media[1].alt needs an "alt" text');
  });

  it('leaves out a javascript: or SVG data: item and says so, keeping the event and its other items', async () => {
    const errors: string[] = [];
    const element = await loadTimeline({}, (el) => {
      el.addEventListener('timeline-error', (error) => errors.push(...error.detail.errors.map((problem) => problem.field ?? '')));
      el.events = { title: 'Media', events: [cable([{ url: 'javascript:alert(1)', alt: 'x' }, { url: 'data:image/svg+xml,<svg onload="alert(1)"/>', alt: 'x' }, { url: png(key()), alt: 'A page' }])] };
      el.selected = 'cable';
    });
    await settle(element);
    expect(errors).to.deep.equal(['media[0].url', 'media[1].url']);
    expect(figures(element)).to.have.length(1);
    expect(figures(element)[0].querySelector('img')!.alt).to.equal('A page');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('event "cable": media[0].url "javascript:alert(1)"');
  });

  it('leaves the alt text and a link in the figure of an image that fails to load, with no broken image', async () => {
    const element = await showing([{ url: `/media-fixture/missing.png?key=${key()}`, alt: 'The treaty, last page', link: 'https://example.org/treaty' }]);
    const [figure] = figures(element);
    figure.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 200 && figure.querySelector('img'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(figure.querySelector('img')).to.equal(null);
    expect(figure.textContent).to.include('The treaty, last page');
    expect(figure.querySelector('a')!.href).to.equal('https://example.org/treaty');
  });

  it('shows an SVG only as a picture, through <img>', async () => {
    const element = await showing([{ url: '/media-fixture/map.svg', alt: 'A map' }]);
    const [figure] = figures(element);
    await loaded(figure.querySelector('img')!);
    expect((window as { svgScriptRan?: boolean }).svgScriptRan).to.equal(undefined);
    expect(figure.querySelectorAll('svg, object, embed, iframe')).to.have.length(0);
  });

  it('gives audio and video native controls that load nothing until played, and the caption', async () => {
    const element = await showing([{ url: '/media-fixture/speech.mp3', caption: 'The address' }, { url: '/media-fixture/film.webm', caption: 'Arrival' }]);
    const [audio, video] = figures(element);
    const player = audio.querySelector('audio')!;
    expect([player.controls, player.preload]).to.deep.equal([true, 'none']);
    expect(audio.querySelector('figcaption')!.textContent).to.include('The address');
    const film = video.querySelector('video')!;
    expect([film.controls, film.preload]).to.deep.equal([true, 'none']);
  });

  it('makes a video page a link card, never a player, unless embeds allows its host', async () => {
    const media = [{ url: 'https://www.youtube.com/watch?v=abcdefghijk', caption: 'Newsreel' }, { url: 'https://vimeo.com/123456', caption: 'Interview' }];
    const element = await showing(media);
    expect(figures(element).map((figure) => figure.querySelector('iframe'))).to.deep.equal([null, null]);
    const card = figures(element)[0].querySelector<HTMLAnchorElement>('a.card')!;
    expect([card.href, card.target, card.rel]).to.deep.equal(['https://www.youtube.com/watch?v=abcdefghijk', '_blank', 'noopener noreferrer']);
    element.remove();
    const allowed = await showing(media, { embeds: 'youtube' });
    expect(figures(allowed)[0].querySelector('iframe')!.src).to.equal('https://www.youtube-nocookie.com/embed/abcdefghijk');
    expect(figures(allowed)[1].querySelector('iframe')).to.equal(null);
  });

  it('shows the first picture as the thumbnail in the panel\'s header and in the list', async () => {
    const thumb = png(key(), 20, 20);
    const element = await showing([{ url: 'https://example.org/page', caption: 'A page' }, { url: png(key()), alt: 'A', thumbnail: thumb }]);
    const header = panel(element)!.shadowRoot!.querySelector<HTMLImageElement>('header img[part~="thumbnail"]')!;
    expect(new URL(header.src).search).to.equal(new URL(thumb, location.href).search);
    element.view = 'list';
    await settle(element);
    const list = element.shadowRoot!.querySelector('archive-event-list')!;
    const rows = [...list.shadowRoot!.querySelectorAll('li')];
    expect(rows[0].querySelector<HTMLImageElement>('img[part~="thumbnail"]')!.src).to.equal(new URL(thumb, location.href).href);
    expect(rows[1].querySelector('img')).to.equal(null);
  });
});

describe('the large view', () => {
  const two = () => [{ url: png(key(), 300, 200), alt: 'Page 1' }, { url: png(key(), 300, 200), alt: 'Page 2' }];
  const transform = (element: ArchiveTimeline) => viewer(element).shadowRoot!.querySelector<HTMLImageElement>('.stage img')!.style.transform;

  it('opens with a click, zooms with + and −, pans with the arrow keys, and Escape closes it, focus back on the picture', async () => {
    const element = await showing(two());
    const button = figures(element)[0].querySelector<HTMLButtonElement>('button.open')!;
    button.click();
    await viewer(element).updateComplete;
    expect(dialog(element).open).to.equal(true);
    expect(transform(element)).to.equal('translate(0px, 0px) scale(1)');
    await sendKeys({ press: '+' });
    await viewer(element).updateComplete;
    expect(transform(element)).to.equal('translate(0px, 0px) scale(1.5)');
    await sendKeys({ press: 'ArrowLeft' });
    await viewer(element).updateComplete;
    expect(transform(element)).to.match(/^translate\((\d+(\.\d+)?)px, 0px\) scale\(1\.5\)$/);
    expect(transform(element)).to.not.equal('translate(0px, 0px) scale(1.5)');
    await sendKeys({ press: '-' });
    await viewer(element).updateComplete;
    expect(transform(element)).to.equal('translate(0px, 0px) scale(1)');
    await sendKeys({ press: 'Escape' });
    await viewer(element).updateComplete;
    expect(dialog(element).open).to.equal(false);
    expect(gallery(element).shadowRoot!.activeElement).to.equal(button);
  });

  for (const key of ['Enter', ' '] as const) {
    it(`opens with ${key === ' ' ? 'Space' : key} on the picture`, async () => {
      const element = await showing(two());
      figures(element)[0].querySelector<HTMLButtonElement>('button.open')!.focus();
      await sendKeys({ press: key === ' ' ? 'Space' : key });
      await viewer(element).updateComplete;
      expect(dialog(element).open).to.equal(true);
    });
  }

  it('zooms with the wheel about the pointer, and steps from picture to picture', async () => {
    const element = await showing(two());
    figures(element)[1].querySelector<HTMLButtonElement>('button.open')!.click();
    await viewer(element).updateComplete;
    const stage = viewer(element).shadowRoot!.querySelector<HTMLElement>('.stage')!;
    const box = stage.getBoundingClientRect();
    stage.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
    await viewer(element).updateComplete;
    // About the centre: the picture grows in place (less than a pixel of rounding off the centre).
    const [, x, y, scale] = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(transform(element))!.map(Number);
    expect(scale).to.be.closeTo(Math.E, 0.001);
    expect(Math.abs(x) + Math.abs(y)).to.be.lessThan(3);
    expect(dialog(element).getAttribute('aria-label')).to.equal('Large view: Page 2');
    viewer(element).shadowRoot!.querySelector<HTMLButtonElement>('button.previous')!.click();
    await viewer(element).updateComplete;
    expect(dialog(element).getAttribute('aria-label')).to.equal('Large view: Page 1');
    expect(transform(element)).to.equal('translate(0px, 0px) scale(1)');
    await expect(element).to.be.accessible();
  });

  it('pinches to zoom with two pointers', async () => {
    const element = await showing(two());
    figures(element)[0].querySelector<HTMLButtonElement>('button.open')!.click();
    await viewer(element).updateComplete;
    const stage = viewer(element).shadowRoot!.querySelector<HTMLElement>('.stage')!;
    const box = stage.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const pointer = (type: string, pointerId: number, x: number) =>
      stage.dispatchEvent(new PointerEvent(type, { pointerId, clientX: x, clientY: cy, bubbles: true, pointerType: 'touch' }));
    pointer('pointerdown', 1, cx - 50);
    pointer('pointerdown', 2, cx + 50);
    pointer('pointermove', 2, cx + 150);
    await viewer(element).updateComplete;
    expect(transform(element)).to.match(/scale\(2\)$/);
  });
});

describe('media texts', () => {
  it('says the picture\'s stand-in and the large view\'s buttons in Russian', async () => {
    const element = await showing([{ url: png(key()) }], { locale: 'ru' });
    expect(figures(element)[0].querySelector('img')!.alt).to.equal('Изображение: Harriman cable');
    expect(figures(element)[0].querySelector('button')!.getAttribute('aria-label')).to.equal('Увеличить: Изображение: Harriman cable');
  });
});

