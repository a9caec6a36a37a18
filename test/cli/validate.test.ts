// The command-line check, run as a museum team would run it: `npm run validate <file>`, the built
// command (dist/cli/archive-timeline.js, after npm run build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

function validate(...files: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/archive-timeline.js', 'validate', ...files], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('npm run validate', () => {
  it('passes the shipped corpus', () => {
    const { code, out } = validate('data/soong-stalin-1945.json');
    assert.equal(code, 0, out);
    assert.match(out, /✓ data\/soong-stalin-1945\.json: \d+ events, no problems/);
  });

  it('checks every dataset in data/ when given no file', () => {
    const { code, out } = validate();
    assert.equal(code, 0, out);
    assert.match(out, /soong-stalin-1945\.json/);
    assert.doesNotMatch(out, /schema\.json/);
  });

  it('names the event and field of every problem, and fails', () => {
    const { code, out } = validate('test/fixtures/cli/bad-links.json');
    assert.equal(code, 1);
    for (const expected of [
      'event "cable": source.url "http://example.org/cable" is not an https address; it was left out',
      'event "cable": source.transcript "../../../etc/passwd" must be a path inside the dataset\'s folder; it was left out',
      'event "cable": mentions points to "meeting", which is not an event of this dataset; the link was left out',
      'event "note": date "1945-06-31" is not a calendar date',
      'event "letter": mentions quote "words that are not there" does not occur in the transcript',
      'event "memo": source.transcript "missing.txt" does not exist',
    ]) assert.ok(out.includes(expected), `missing: ${expected}\n${out}`);
  });

  it('says where a file stops being JSON, and exits 2 (unreadable)', () => {
    const { code, out } = validate('test/fixtures/cli/truncated.json');
    assert.equal(code, 2);
    assert.match(out, /not valid JSON/);
  });

  it('fails when any one of several files fails', () => {
    const { code, out } = validate('data/soong-stalin-1945.json', 'test/fixtures/cli/bad-links.json');
    assert.equal(code, 1);
    assert.match(out, /1 of 2 files need fixing/);
  });
});

describe('npm run validate, dates before year 1', () => {
  it('says how each date before year 1 reads, so a year-0 slip shows', () => {
    const { code, out } = validate('test/fixtures/cli/ancient.json');
    assert.equal(code, 0, out);
    assert.match(out, /✓ test\/fixtures\/cli\/ancient\.json: 3 events, no problems/);
    for (const expected of [
      '  · event "marathon": date "-0489-09" reads as September 490 BC',
      '  · event "ides": date "-0043-03-15" reads as 15 March 44 BC',
      '  · event "augustus": date "-0026-01-16" reads as 16 January 27 BC',
    ]) assert.ok(out.includes(expected), `${expected}\n${out}`);
    assert.doesNotMatch(out, /end "0014-08-19"/);
  });
});

describe('npm run validate, media', () => {
  it('names media files that do not exist, images without alt and refused addresses, and fails', () => {
    const { code, out } = validate('test/fixtures/cli/bad-media.json');
    assert.equal(code, 1);
    for (const expected of [
      'event "cable": media[0].url "media/missing-page.png" does not exist',
      'event "cable": media[1].alt needs an "alt" text that says what the image shows, for readers who cannot see it; until then its caption stands in',
      'event "cable": media[2].url "javascript:alert(1)" is not an https address',
      'event "cable": media[3].alt needs an "alt" text that says what the image shows, for readers who cannot see it; until then "Image: Harriman cable" stands in',
    ]) assert.ok(out.includes(expected), `missing: ${expected}\n${out}`);
    // letter.txt is there: a file that exists is not reported.
    assert.doesNotMatch(out, /letter\.txt" does not exist/);
  });
});
