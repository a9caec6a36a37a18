import { expect } from '@open-wc/testing';
import { toDataset } from '../../../src/model/formats/convert.js';
import { fromTimelineJS } from '../../../src/model/formats/timelinejs.js';
import { validateDataset } from '../../../src/model/validate.js';

const july1 = { year: 1945, month: 7, day: 1 };
const slide = (media: Record<string, unknown>) => ({ start_date: july1, text: { headline: 'Harriman cable', text: 'A cable.' }, media });
const convert = (media: Record<string, unknown>) => fromTimelineJS({ events: [slide(media)] });

describe('TimelineJS media', () => {
  it('makes a picture an image item with its caption, credit and alt, not a source', () => {
    const { dataset, problems } = convert({ url: 'https://upload.wikimedia.org/cable.jpg', caption: '<i>Page 1</i>', credit: 'LoC', alt: 'The first page' });
    expect(dataset.events[0].media).to.deep.equal([{ url: 'https://upload.wikimedia.org/cable.jpg', type: 'image', alt: 'The first page', caption: 'Page 1', credit: 'LoC' }]);
    expect(dataset.events[0]).to.not.have.property('source');
    expect(problems).to.deep.equal([]);
  });

  it('lets the headline stand in for a missing alt, and says so', () => {
    const { dataset, problems } = convert({ url: 'https://example.org/cable.png' });
    expect(dataset.events[0].media![0].alt).to.equal('Harriman cable');
    expect(problems.map((problem) => [problem.field, problem.message])).to.deep.equal([[
      'events[0].media.alt',
      'TimelineJS event #1 ("Harriman cable"): media.alt needs an "alt" text that says what the image shows, for readers who cannot see it; until then "Harriman cable" stands in',
    ]]);
  });

  it('keeps the thumbnail as the thumbnail', () => {
    const { dataset } = convert({ url: 'https://www.youtube.com/watch?v=abcdefghijk', thumbnail: 'https://example.org/still.jpg', caption: 'Newsreel' });
    expect(dataset.events[0].media).to.deep.equal([{ url: 'https://www.youtube.com/watch?v=abcdefghijk', type: 'link', caption: 'Newsreel', thumbnail: 'https://example.org/still.jpg' }]);
  });

  for (const url of ['https://vimeo.com/123456', 'https://en.wikipedia.org/wiki/Potsdam_Conference', 'https://www.google.com/maps/place/Potsdam', 'https://www.openstreetmap.org/#map=12/52.4/13.06']) {
    it(`makes ${new URL(url).hostname} a link card`, () => {
      expect(convert({ url }).dataset.events[0].media).to.deep.equal([{ url, type: 'link' }]);
    });
  }

  it('makes a blockquote a quote at the end of the summary, as text', () => {
    const { dataset } = convert({ url: '<blockquote>The meeting was <b>cordial</b>.<script>alert(1)</script></blockquote>' });
    expect(dataset.events[0].summary).to.equal('A cable.\n\n“The meeting was cordial.”');
    expect(dataset.events[0]).to.not.have.property('media');
    expect(dataset.events[0]).to.not.have.property('source');
  });

  it('still makes a document\'s page the source', () => {
    const { dataset } = convert({ url: 'https://digitalarchive.wilsoncenter.org/document/123402', credit: 'Wilson Center' });
    expect(dataset.events[0].source).to.deep.equal({ title: 'Harriman cable', citation: 'Wilson Center', url: 'https://digitalarchive.wilsoncenter.org/document/123402' });
    expect(dataset.events[0]).to.not.have.property('media');
  });

  it('gives media that pass the media check and validation', () => {
    const converted = toDataset({ events: [slide({ url: 'https://example.org/cable.png', alt: 'A page' })] });
    expect(converted.problems).to.deep.equal([]);
    expect(validateDataset(converted.input).dataset.events[0].media).to.deep.equal([{ url: 'https://example.org/cable.png', type: 'image', alt: 'A page' }]);
  });
});
