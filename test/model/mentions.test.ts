import { expect } from '@open-wc/testing';
import { segmentTranscript } from '../../src/model/mentions.js';

const text = 'Reference White House Message No. 307 June 29.\nThis morning I called on Soong.';

describe('segmentTranscript', () => {
  it('splits the text around each quote, in text order', () => {
    const { segments, unmatched } = segmentTranscript(text, [
      { quote: 'called on Soong', event: 'visit' },
      { quote: 'White House Message No. 307 June 29', event: 'wh-307' },
    ]);
    expect(unmatched).to.deep.equal([]);
    expect(segments).to.deep.equal([
      { text: 'Reference ' },
      { text: 'White House Message No. 307 June 29', event: 'wh-307' },
      { text: '.\nThis morning I ' },
      { text: 'called on Soong', event: 'visit' },
      { text: '.' },
    ]);
  });

  it('matches a quote across a line break in the transcript', () => {
    const { segments } = segmentTranscript('received last\nnight by Stalin', [{ quote: 'last night', event: 'e' }]);
    expect(segments[1]).to.deep.equal({ text: 'last\nnight', event: 'e' });
  });

  it('treats regular-expression characters in quotes literally', () => {
    const { unmatched } = segmentTranscript('Soong [T.V.] came (again).', [{ quote: '[T.V.] came (again)', event: 'e' }]);
    expect(unmatched).to.deep.equal([]);
  });

  it('reports quotes that are absent or overlap an earlier one', () => {
    const absent = { quote: 'Potsdam', event: 'p' };
    const overlapping = { quote: 'No. 307 June', event: 'x' };
    const { unmatched, segments } = segmentTranscript(text, [{ quote: 'Message No. 307', event: 'wh' }, absent, overlapping]);
    expect(unmatched).to.deep.equal([absent, overlapping]);
    expect(segments.map((s) => s.text).join('')).to.equal(text);
  });

  it('returns the whole text as one segment without mentions', () => {
    expect(segmentTranscript('plain').segments).to.deep.equal([{ text: 'plain' }]);
  });
});
