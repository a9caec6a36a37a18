import { expect } from '@open-wc/testing';
import { EVENT_KINDS, PARTS_OF_DAY, RELATION_TYPES } from '../../src/model/types.js';
import { DATASET_FIELDS, EVENT_FIELDS, ID_PATTERN, SOURCE_FIELDS } from '../../src/model/validate.js';
import { parseCalendarDate } from '../../src/model/calendar.js';
import { MEDIA_FIELDS, MEDIA_TYPES } from '../../src/model/media/check.js';

/** data/schema.json describes for editors what the validator enforces: they must not drift apart. */
describe('data/schema.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let schema: any;
  before(async () => {
    schema = await (await fetch('/data/schema.json')).json();
  });

  it('lists the same kinds, parts of day and relation types as the model', () => {
    const event = schema.$defs.event.properties;
    expect(event.kind.enum).to.deep.equal([...EVENT_KINDS]);
    expect(event.partOfDay.enum).to.deep.equal([...PARTS_OF_DAY]);
    expect(event.relations.items.properties.type.enum).to.deep.equal([...RELATION_TYPES]);
    expect(schema.$defs.event.required).to.deep.equal(['id', 'title', 'date', 'kind']);
  });

  it('names the same fields as the validator, in the dataset, its events and their sources', () => {
    const sorted = (keys: Iterable<string>) => [...keys].sort();
    expect(sorted(Object.keys(schema.properties))).to.deep.equal(sorted(DATASET_FIELDS));
    expect(sorted(Object.keys(schema.$defs.event.properties))).to.deep.equal(sorted(EVENT_FIELDS));
    expect(sorted(Object.keys(schema.$defs.event.properties.source.properties))).to.deep.equal(sorted(SOURCE_FIELDS));
  });

  it('names the same media fields and types as the media check', () => {
    const item = schema.$defs.mediaItem.properties;
    expect(Object.keys(item).sort()).to.deep.equal([...MEDIA_FIELDS].sort());
    expect(item.type.enum).to.deep.equal([...MEDIA_TYPES]);
  });

  it('refuses the schemes the media check refuses, and takes the addresses it takes', () => {
    const refused = new RegExp(schema.$defs.mediaAddress.not.pattern);
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(refused.test(url), url).to.equal(true);
    }
    for (const url of ['https://example.org/a.jpg', 'scans/a.png', '/scans/a.png', 'data:image/png;base64,AAAA']) {
      expect(refused.test(url), url).to.equal(false);
    }
  });

  it('uses the same id pattern as the validator', () => {
    expect(schema.$defs.id.pattern).to.equal(ID_PATTERN.source);
  });

  it('accepts the date forms the parser accepts, and rejects the ones it rejects', () => {
    const pattern = new RegExp(schema.$defs.date.pattern);
    for (const text of ['1945', '1945-07', '1945-07-01', '1945-06-30T18:30', '1945-13-01', '1945-7-1', 'July 1', '1945-07-01T24:00']) {
      const parses = !('error' in parseCalendarDate(text));
      expect(pattern.test(text), text).to.equal(parses);
    }
  });
});

describe('data/schema.json, dates before year 1 and beyond 9999', () => {
  it('accepts the signed and long years the parser accepts, and rejects what it rejects', async () => {
    const schema = await (await fetch('/data/schema.json')).json();
    const pattern = new RegExp(schema.$defs.date.pattern);
    for (const text of ['-0043-03-15', '-0489-09', '-3500', '0000', '12000', '-541000000', '-13800000000', '-0000', '-43', '0000-00', '-1234567890123', '+1945', '19450701', '123456']) {
      const parses = !('error' in parseCalendarDate(text));
      expect(pattern.test(text), text).to.equal(parses);
    }
  });
});
