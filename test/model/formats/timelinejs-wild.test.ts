// TimelineJS 3 JSON as it is written in the wild (shapes found in the example and contributed files of
// TimelineJS's own repository, reproduced here): every event shows; only real problems are reported.
import { expect } from '@open-wc/testing';
import { fromTimelineJS } from '../../../src/model/formats/timelinejs.js';
import { validateDataset } from '../../../src/model/validate.js';
import { readDataText } from '../../../src/model/formats/read-text.js';
import { checkData } from '../../../src/model/check-data.js';

describe('TimelineJS 3 as written in the wild', () => {
  let converted: ReturnType<typeof fromTimelineJS>;
  before(async () => {
    converted = fromTimelineJS(await (await fetch('/test/fixtures/formats/timelinejs-wild.json')).json());
  });

  it('shows every event it can place, the era too', () => {
    const { dataset: { events }, problems } = validateDataset(converted.dataset);
    expect(problems).to.deep.equal([]);
    expect(events.map(({ id, date, end }) => [id, date, end])).to.deep.equal([
      // Deep time keeps its year as written (a year's shift from TimelineJS's numbering means nothing there).
      ['deep-time', '-13798000000', undefined],
      ['an-era-with-a-text-headline-only', '1945', '1946'],
      ['an-http-media-address', '1945', undefined],
      ['padded-numbers-an-empty-end-date', '1945-06-30', undefined],
      ['a-blockquote-as-media', '1945-07', '1946'],
      ['seconds-and-milliseconds', '1945-07-01T06:45', undefined],
      ['seconds-and-milliseconds-2', '1945-07-01T06:45', undefined],
    ]);
  });

  it('takes an empty end date ({ "year": "" }) for no end, without a problem', () => {
    const event = converted.dataset.events.find((slide) => slide.id === 'padded-numbers-an-empty-end-date');
    expect(event?.end).to.equal(undefined);
    expect(converted.problems.filter((problem) => problem.field?.includes('end_date'))).to.deep.equal([]);
  });

  it('reports only what it leaves out: an http link, a year 0', () => {
    expect(converted.problems.map((problem) => problem.message)).to.deep.equal([
      'TimelineJS event #5 ("An http media address"): media.url "http://example.org/an-old-link" is not an https address; the link was left out',
      'TimelineJS event #7 ("The year zero"): start_date.year 0 is not a year in TimelineJS: 1 BC is -1 there; the event was left out',
    ]);
  });

  it('writes a blockquote given as media into the summary, as text', () => {
    const event = converted.dataset.events.find((slide) => slide.id === 'a-blockquote-as-media');
    expect(event?.summary).to.contain('A quotation, shown as the sl');
    expect(event?.summary).to.not.contain('<blockquote>');
  });

  it('keeps the credit of an event whose link it left out, as plain text', () => {
    const event = converted.dataset.events.find((slide) => slide.id === 'an-http-media-address');
    expect(event?.source).to.deep.equal({ title: 'An http media address', citation: 'An archive' });
  });
});

describe('TimelineJS 3 without a title slide or a start_date (an early example file of TimelineJS)', () => {
  it('is read as TimelineJS, and reports only the missing start_date of each slide', async () => {
    const text = await (await fetch('/test/fixtures/formats/timelinejs-wild-untitled.json')).text();
    const read = readDataText(text);
    expect(read.format).to.equal('timelinejs');
    // Without start_date TimelineJS shows no slide either: that is the file's own defect, named as such,
    // not our format's fields (id, kind, ...) that a TimelineJS file never has.
    expect(checkData(read).problems.map((problem) => problem.message)).to.deep.equal([
      'TimelineJS event #1 ("Slides dated the early way"): start_date is missing; the event was left out',
      'TimelineJS event #2 ("No title slide either"): start_date is missing; the event was left out',
    ]);
  });
});

describe('TimelineJS 3 on the cosmological scale, with "Now" at year 0 (as its own example writes it)', () => {
  it('shows the year-0 slide, a year from 1 BC, which that scale cannot tell apart', async () => {
    const text = await (await fetch('/test/fixtures/formats/timelinejs-wild-cosmological.json')).text();
    const { dataset, problems } = checkData(readDataText(text));
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map(({ id, date }) => [id, date])).to.deep.equal([
      ['long-ago', '-4500000000'],
      ['the-present', '0000'],
    ]);
  });
});

describe('TimelineJS 3 as written before its release: { "timeline": { "slides": [...] } }', () => {
  it('is read as TimelineJS 3 (not 2), every slide shown', async () => {
    const text = await (await fetch('/test/fixtures/formats/timelinejs-wild-slides.json')).text();
    const read = readDataText(text);
    const { dataset, problems } = checkData(read);
    expect(read.format).to.equal('timelinejs');
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map(({ id, date }) => [id, date])).to.deep.equal([
      ['slides-in-a-timeline-object', '1945-07-17'],
      ['a-second-slide', '1945-08-02'],
    ]);
  });
});

describe('TimelineJS 3 media addresses without a scheme ("//host/path", as its Houston and SoundCite examples write them)', () => {
  it('links them as https, the picture and the page, without a problem', async () => {
    const text = await (await fetch('/test/fixtures/formats/timelinejs-wild-schemeless.json')).text();
    const { dataset, problems } = checkData(readDataText(text));
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map(({ id, media, source }) => [id, media?.map(({ url }) => url), source?.url])).to.deep.equal([
      ['a-page-written-host-path', undefined, 'https://example.org/archive/a-letter'],
      ['a-picture-written-host-path', ['https://example.org/pictures/a-concert.jpg'], undefined],
    ]);
  });
});

describe("TimelineJS 3 media that is a wiki's page about a file (Commons' /wiki/File:Name.jpg, as its all-media-types template writes it)", () => {
  it('links the page as a card, not as a picture that cannot load, and asks for no alt text', async () => {
    const text = await (await fetch('/test/fixtures/formats/timelinejs-wild-wiki-file.json')).text();
    const { dataset, problems } = checkData(readDataText(text));
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map(({ id, media }) => [id, media?.map(({ type, url, credit }) => [type, url, credit])])).to.deep.equal([
      ['a-file-page', [['link', 'https://commons.wikimedia.org/wiki/File:A_made-up_photograph.jpg', 'A wiki']]],
    ]);
  });
});
