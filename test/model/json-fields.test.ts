import { expect } from '@open-wc/testing';
import { describe as describeValue, isObject, own, reportUnknown, textProblem } from '../../src/model/json-fields.js';
import { saying, type Phrase, type PhraseValue } from '../../src/model/problem-texts.js';

const english = (value: PhraseValue | undefined) => (value === undefined || typeof value !== 'object' ? value : saying(value).message);
const quote = (value: unknown) => english(describeValue(value));

describe('json-fields', () => {
  it('takes only a plain object, not a list or null, for an object', () => {
    expect([isObject({}), isObject([]), isObject(null), isObject('x')]).to.deep.equal([true, false, false, false]);
  });

  it('reads a field only from the object itself, never from its prototype', () => {
    const data = Object.assign(Object.create({ kind: 'treaty' }) as Record<string, unknown>, { title: 'T' });
    expect(data.kind).to.equal('treaty');
    expect(own(data, 'title')).to.equal('T');
    expect(own(data, 'kind')).to.equal(undefined);
    expect(own({}, 'toString')).to.equal(undefined);
  });

  it('quotes a value short, whatever it is', () => {
    expect(quote('Moscow')).to.equal('"Moscow"');
    expect(quote('x'.repeat(50))).to.equal(`"${'x'.repeat(40)}…"`);
    expect([quote([1]), quote(null), quote({ a: 1 }), quote(7), quote(undefined)]).to.deep.equal(['a list', 'null', 'an object', '7', 'undefined']);
  });

  it('says what is wrong with a text, or nothing for a usable one', () => {
    expect(textProblem('Harriman to Truman')).to.equal(undefined);
    expect(english(textProblem(undefined))).to.equal('is missing');
    expect(english(textProblem(42))).to.equal('must be a non-empty text, not 42');
    expect(english(textProblem([]))).to.equal('must be a non-empty text, not a list');
    expect(english(textProblem('   '))).to.equal('must be a non-empty text');
    expect(english(textProblem('abcdef', 5))).to.equal('is longer than 5 characters');
    expect(english(textProblem('x'.repeat(1_000_001), 1_000_000))).to.equal('is longer than 1,000,000 characters');
  });

  it('reports unknown fields one by one up to three, then counts the rest', () => {
    const reported: string[] = [];
    reportUnknown({ id: 1, titel: 2, dtae: 3, knid: 4, plcae: 5, summray: 6 }, ['id'], 'anEvent', (key, detail: Phrase) => reported.push(`${key} ${saying(detail).message}`));
    expect(reported).to.deep.equal([
      'titel is not a field of an event; it was ignored (check its spelling)',
      'dtae is not a field of an event; it was ignored (check its spelling)',
      'knid is not a field of an event; it was ignored (check its spelling)',
      '… and 2 more fields are not fields of an event; they were ignored',
    ]);
  });
});
