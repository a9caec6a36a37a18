import { expect } from '@open-wc/testing';
import { FORMAT_PROBLEM_TEXTS } from '../../src/model/formats/problem-texts.js';
import { MEDIA_PROBLEM_TEXTS } from '../../src/model/media/problem-texts.js';
import { phrase, phraseText, PROBLEM_TEXTS, saying, type ProblemTexts } from '../../src/model/problem-texts.js';
import { validateDataset } from '../../src/model/validate.js';
import { ruProblems } from '../../src/i18n/ru-problems.js';
import { zhProblems } from '../../src/i18n/zh-problems.js';

const ENGLISH: ProblemTexts = { ...PROBLEM_TEXTS, ...FORMAT_PROBLEM_TEXTS, ...MEDIA_PROBLEM_TEXTS };
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const plain = (value: number) => String(value);

describe('problem texts', () => {
  it('fills a phrase, the phrases inside it and its numbers', () => {
    const said = phrase('fieldOutcome', {
      subject: phrase('event', { id: 'wh-307' }),
      field: 'title',
      detail: phrase('tooLong', { limit: 100_000 }),
      outcome: phrase('eventLeftOut'),
    });
    expect(saying(said).message).to.equal('event "wh-307": title is longer than 100,000 characters; the event was left out');
    expect(phraseText(said, ruProblems, (value) => value.toLocaleString('ru'))).to.equal(
      'Событие «wh-307», поле title: длиннее 100\u00a0000 символов; событие пропущено',
    );
  });

  it('writes text from the data as it is, never as a template', () => {
    const said = phrase('field', { subject: phrase('event', { id: 'a' }), field: 'kind', detail: phrase('notKind', { value: '"{subject}"', list: 'x' }) });
    expect(saying(said).message).to.equal('event "a": kind "{subject}" is not a kind: use one of x');
  });

  it('says nothing in a table that lacks one of a phrase\'s texts, so that the alert never mixes two languages', () => {
    const said = phrase('field', { subject: phrase('event', { id: 'a' }), field: 'date', detail: phrase('missing') });
    expect(phraseText(said, { field: '{subject} / {field}: {detail}', event: '«{id}»' }, plain)).to.equal(undefined);
    expect(phraseText(said, { field: '{subject} / {field}: {detail}', event: '«{id}»', missing: 'manque' }, plain)).to.equal('«a» / date: manque');
  });

  for (const [language, table] of [['Russian', ruProblems], ['Chinese', zhProblems]] as const) {
    it(`has every text in ${language}, with the same placeholders as the English`, () => {
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
      for (const code of Object.keys(ENGLISH) as (keyof ProblemTexts)[]) {
        expect(placeholders(table[code]), code).to.deep.equal(placeholders(ENGLISH[code]));
      }
    });
  }

  it('gives every problem of a bad dataset a phrase that says the same as its message', () => {
    const { problems } = validateDataset({
      title: 'T',
      extra: 1,
      events: [
        { id: 'a', title: 'A', date: '1945-02-30', kind: 'cable' },
        { id: 'b', title: 'B', date: '1945', kind: 'cable', titel: 'x', source: { title: 'S', url: 'javascript:alert(1)' }, mentions: [{ quote: 'q', event: 'nowhere' }], relations: 'x' },
        { id: 'b', title: 'B again', date: '1945', kind: 'memo' },
        { id: 'b', title: 'B again', date: '1945', kind: 'cable' },
        42,
      ],
    });
    expect(problems.map((problem) => problem.field)).to.deep.equal(['extra', 'date', 'titel', 'source.url', 'relations', 'kind', 'id', 'events[4]', 'mentions']);
    for (const problem of problems) expect(saying(problem.phrase!).message).to.equal(problem.message);
  });
});
