import { expect } from '@open-wc/testing';
import { toDataset } from '../../../src/model/formats/convert.js';
import { checkMedia, isMediaAddress, mediaTypeOf } from '../../../src/model/media/check.js';
import { validateDataset } from '../../../src/model/validate.js';

const event = (media: unknown, extra: Record<string, unknown> = {}) => ({ id: 'cable', title: 'Harriman cable', date: '1945-07-01', kind: 'cable', media, ...extra });
const checked = (media: unknown, extra?: Record<string, unknown>) => {
  const { input, problems } = checkMedia({ title: 'T', events: [event(media, extra)] });
  return { event: (input as { events: Record<string, unknown>[] }).events[0], problems };
};
const messages = (media: unknown) => checked(media).problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('media', () => {
  describe('the type an address says', () => {
    const cases: [string, string][] = [
      ['https://example.org/scans/page-1.JPG', 'image'],
      ['scans/page-1.jpeg?size=large', 'image'],
      ['/scans/map.svg', 'image'],
      ['https://example.org/a.webp#top', 'image'],
      ['data:image/png;base64,iVBORw0KGgo=', 'image'],
      ['https://iiif.example.org/image/v3/page-1/info.json', 'iiif-image'],
      ['https://iiif.example.org/presentation/letter/manifest.json', 'iiif-manifest'],
      ['https://iiif.example.org/presentation/letter/manifest', 'iiif-manifest'],
      ['recordings/speech.mp3', 'audio'],
      ['https://example.org/speech.m4a', 'audio'],
      ['https://example.org/speech.wav', 'audio'],
      ['https://example.org/film.mp4', 'video'],
      ['https://example.org/film.webm', 'video'],
      ['https://www.youtube.com/watch?v=abc', 'link'],
      ['https://example.org/document/123402', 'link'],
    ];
    for (const [url, type] of cases) {
      it(`takes ${url} for ${type}`, () => expect(mediaTypeOf(url)).to.equal(type));
    }
  });

  describe('the addresses media may use', () => {
    const origin = 'http://localhost:8000';
    for (const url of ['https://example.org/a.jpg', 'scans/a.jpg', 'scans/sub/a.jpg', '/scans/a.jpg', 'http://localhost:8000/scans/a.jpg', 'data:image/png;base64,AAAA', 'data:image/jpeg,xyz']) {
      it(`takes ${url}`, () => expect(isMediaAddress(url, origin)).to.equal(true));
    }
    for (const url of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox', 'file:///etc/passwd',
      'data:image/svg+xml,<svg onload="alert(1)"/>', 'data:text/html,<script>alert(1)</script>', 'http://example.org/a.jpg',
      '//example.org/a.jpg', '../secret/a.jpg', 'blob:http://localhost:8000/1', '',
    ]) {
      it(`refuses ${JSON.stringify(url)}`, () => expect(isMediaAddress(url, origin)).to.equal(false));
    }
    it('refuses http on another port of the same host', () => expect(isMediaAddress('http://localhost:9000/a.jpg', origin)).to.equal(false));
  });

  describe('checking the items', () => {
    it('keeps every field of a good item and writes down its type', () => {
      const item = { url: 'scans/page-1.png', alt: 'The first page, stamped TOP SECRET', caption: 'Page 1', credit: 'Library of Congress', rights: 'Public domain', link: 'https://example.org/original' };
      const { event, problems } = checked([item]);
      expect(event.media).to.deep.equal([{ ...item, type: 'image' }]);
      expect(problems).to.deep.equal([]);
    });

    it('takes the type given over the one the address says', () => {
      expect(checked([{ url: 'https://iiif.example.org/image/page-1', type: 'iiif-image', alt: 'A page' }]).event.media).to.deep.equal([
        { url: 'https://iiif.example.org/image/page-1', type: 'iiif-image', alt: 'A page' },
      ]);
    });

    it('leaves out an item with a javascript: address and says which event and field, keeping the event and its other items', () => {
      const { event, problems } = checked([{ url: 'javascript:alert(1)', alt: 'x' }, { url: 'https://example.org/a.jpg', alt: 'A cable' }]);
      expect(event.media).to.deep.equal([{ url: 'https://example.org/a.jpg', type: 'image', alt: 'A cable' }]);
      expect(problems.map(({ id, field, message }) => ({ id, field, message }))).to.deep.equal([{
        id: 'cable',
        field: 'media[0].url',
        message: 'event "cable": media[0].url "javascript:alert(1)" is not an https address, a path inside the dataset\'s folder, an address on this site or a picture in a data: address; the media item was left out',
      }]);
    });

    it('refuses an SVG in a data: address, and a data: address as anything but an image', () => {
      expect(messages([{ url: 'data:image/svg+xml,<svg/>', alt: 'x' }, { url: 'data:image/png;base64,AAAA', type: 'audio' }])).to.have.length(2);
      expect(checked([{ url: 'data:image/png;base64,AAAA', alt: 'A dot' }]).event.media).to.deep.equal([{ url: 'data:image/png;base64,AAAA', type: 'image', alt: 'A dot' }]);
    });

    it('refuses http on another site', () => {
      expect(messages([{ url: 'http://example.org/a.jpg', alt: 'x' }])).to.deep.equal([
        'media[0].url: event "cable": media[0].url "http://example.org/a.jpg" is not an https address, a path inside the dataset\'s folder, an address on this site or a picture in a data: address; the media item was left out',
      ]);
    });

    it('reports an image without alt, saying that its caption stands in', () => {
      expect(messages([{ url: 'a.jpg', caption: 'Page 1' }])).to.deep.equal([
        'media[0].alt: event "cable": media[0].alt needs an "alt" text that says what the image shows, for readers who cannot see it; until then its caption stands in',
      ]);
    });

    it('reports an image without alt or caption, saying that "Image: " and the title stand in', () => {
      expect(messages([{ url: 'a.jpg' }])).to.deep.equal([
        'media[0].alt: event "cable": media[0].alt needs an "alt" text that says what the image shows, for readers who cannot see it; until then "Image: Harriman cable" stands in',
      ]);
      expect(checked([{ url: 'a.jpg' }]).event.media).to.deep.equal([{ url: 'a.jpg', type: 'image' }]);
    });

    it('asks no alt of a recording or a link', () => {
      expect(messages([{ url: 'a.mp3' }, { url: 'https://example.org/page' }])).to.deep.equal([]);
    });

    it('leaves out a link that is not https, an unknown type, an empty caption and unknown fields, keeping the item', () => {
      const { event, problems } = checked([{ url: 'a.jpg', alt: 'A', link: 'http://example.org', type: 'picture', caption: ' ', widht: 3 }]);
      expect(event.media).to.deep.equal([{ url: 'a.jpg', type: 'image', alt: 'A' }]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['media[0].widht', 'media[0].type', 'media[0].caption', 'media[0].link']);
    });

    it('reports media that are not a list, and an item that is not an object', () => {
      expect(checked('a.jpg').event).to.not.have.property('media');
      expect(checked('a.jpg').problems[0].message).to.equal('event "cable": media must be a list, not "a.jpg"; it was left out');
      expect(messages([7])).to.deep.equal(['media[0]: event "cable": media[0] must be an object, not 7; the media item was left out']);
    });

    it('never changes the data\'s own objects', () => {
      const media = [{ url: 'javascript:alert(1)' }];
      const input = { title: 'T', events: [event(media)] };
      checkMedia(input);
      expect(input.events[0].media).to.equal(media);
      expect(media).to.deep.equal([{ url: 'javascript:alert(1)' }]);
    });

    it('gives data without media back as it is', () => {
      const input = { title: 'T', events: [{ id: 'a', title: 'A', date: '1945', kind: 'other' }] };
      expect(checkMedia(input).input).to.equal(input);
    });

    it('reaches the checked dataset through the converters, with the event kept', () => {
      const { input, problems } = toDataset({ title: 'T', events: [event([{ url: 'javascript:x' }, { url: 'a.png', alt: 'A' }])] });
      const result = validateDataset(input);
      expect(result.problems).to.deep.equal([]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['media[0].url']);
      expect(result.dataset.events[0].media).to.deep.equal([{ url: 'a.png', type: 'image', alt: 'A' }]);
    });
  });
});
