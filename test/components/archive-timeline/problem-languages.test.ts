// Problems in the data, said in the reader's language in the alert and in English in the console and timeline-error.
import { expect } from '@open-wc/testing';
import { ArchiveTimeline } from '../../../src/index.js';
import type { Problem } from '../../../src/model/types.js';
import { cleanup, loadTimeline, settle } from '../helpers.js';

const BAD = {
  title: 'T',
  events: [
    { id: 'good', title: 'Good', date: '1945-07-01', kind: 'cable' },
    { id: 'bad', title: 'Bad', date: '1945-06-31', kind: 'cable' },
    { id: 'odd', title: 'Odd', date: '1945-07-02', kind: 'memo', '<img src=x onerror=alert(1)>': 1 },
  ],
};

const alertOf = (element: ArchiveTimeline) => element.shadowRoot!.querySelector('[role="alert"]')!;
const listed = (element: ArchiveTimeline) => [...alertOf(element).querySelectorAll('li')].map((item) => item.textContent);

/** Loads data into an element with these attributes, keeping what it warns and reports. */
async function withProblems(attributes: Record<string, string>, data: unknown, setup: (element: ArchiveTimeline) => void = () => {}) {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  let errors: Problem[] = [];
  try {
    const element = await loadTimeline(attributes, (element) => {
      element.addEventListener('timeline-error', (event) => (errors = event.detail.errors));
      element.events = data as ArchiveTimeline['events'];
      setup(element);
    });
    await settle(element);
    return { element, warnings, errors };
  } finally {
    console.warn = original;
  }
}

afterEach(cleanup);

describe('problems in the reader\'s language', () => {
  it('lists them in Russian for locale="ru", and in English in the console and timeline-error', async () => {
    const { element, warnings, errors } = await withProblems({ locale: 'ru' }, BAD);
    expect(alertOf(element).querySelector('p')!.textContent).to.equal('2 события пропущены из-за ошибок в данных:');
    expect(listed(element)).to.deep.equal([
      'Событие «bad», поле date: "1945-06-31" — не календарная дата',
      'Событие «odd», поле kind: "memo" — не вид события; допустимые значения: meeting, cable, message, treaty, conference, other',
      'Событие «odd», поле <img src=x onerror=alert(1)>: такого поля у события нет; оно не учтено (проверьте написание)',
    ]);
    // A field's name from the data is text, never markup.
    expect(alertOf(element).querySelector('img')).to.equal(null);
    expect(errors.map((problem) => problem.message)).to.deep.equal([
      'event "bad": date "1945-06-31" is not a calendar date',
      'event "odd": kind "memo" is not a kind: use one of meeting, cable, message, treaty, conference, other',
      'event "odd": <img src=x onerror=alert(1)> is not a field of an event; it was ignored (check its spelling)',
    ]);
    expect(warnings.filter((warning) => warning.includes('"bad"'))).to.deep.equal(['<archive-timeline>: event "bad": date "1945-06-31" is not a calendar date']);
  });

  it('lists them in Chinese for locale="zh-CN", converted data\'s too', async () => {
    const items = [
      { id: 1, content: 'Cable', start: '1945-07-01' },
      { id: 2, content: 'Meeting', start: 'later' },
    ];
    const { element, errors } = await withProblems({ locale: 'zh-CN' }, items);
    expect(listed(element)).to.deep.equal(['第 2 个 vis 条目（id "2"）的字段 start："later" 不是日期（请写成 "1945-07-01" 或 "1945-07-01T18:30"）；该条目已略去']);
    expect(errors[0].message).to.equal('vis item #2 (id "2"): start "later" is not a date (write it like "1945-07-01" or "1945-07-01T18:30"); the item was left out');
  });

  it('writes numbers in the reader\'s locale', async () => {
    const { element } = await withProblems({ locale: 'ru' }, { title: 'T', events: [{ id: 'long', title: 'x'.repeat(100_001), date: '1945', kind: 'cable' }] });
    expect(listed(element)).to.deep.equal(['Событие «long», поле title: длиннее 100\u00a0000 символов; событие пропущено']);
  });

  it('follows a change of locale', async () => {
    const { element } = await withProblems({ locale: 'en-US' }, BAD);
    expect(listed(element)[0]).to.equal('event "bad": date "1945-06-31" is not a calendar date');
    element.locale = 'ru-RU';
    await settle(element);
    expect(listed(element)[0]).to.equal('Событие «bad», поле date: "1945-06-31" — не календарная дата');
  });

  it('takes a page\'s own words for some problems over the built-in ones, and keeps the built-in words for the rest', async () => {
    const { element } = await withProblems({ locale: 'ru' }, BAD, (element) => {
      element.messages = { problems: { notCalendarDate: 'такой даты, {value}, в календаре нет' } };
    });
    expect(listed(element).slice(0, 2)).to.deep.equal([
      'Событие «bad», поле date: такой даты, "1945-06-31", в календаре нет',
      'Событие «odd», поле kind: "memo" — не вид события; допустимые значения: meeting, cable, message, treaty, conference, other',
    ]);
  });

  it('says in English a problem whose words a page\'s language lacks, rather than mix two languages', async () => {
    ArchiveTimeline.defineMessages('de', { problems: { event: 'Ereignis „{id}“', field: '{subject}, Feld {field}: {detail}', notCalendarDate: '{value} ist kein Kalenderdatum' } });
    const { element } = await withProblems({ locale: 'de' }, BAD);
    expect(listed(element).slice(0, 2)).to.deep.equal([
      'Ereignis „bad“, Feld date: "1945-06-31" ist kein Kalenderdatum',
      'event "odd": kind "memo" is not a kind: use one of meeting, cable, message, treaty, conference, other',
    ]);
  });

  it('says in Russian that the JSON written inside the element is not valid', async () => {
    const element = document.createElement('archive-timeline');
    element.setAttribute('locale', 'ru');
    element.innerHTML = '<script type="application/json">{ "title": "T", "events": [ }</script>';
    const original = console.warn;
    console.warn = () => {};
    try {
      const failed = new Promise((resolve) => element.addEventListener('timeline-error', resolve, { once: true }));
      document.body.append(element);
      await failed;
      await settle(element);
    } finally {
      console.warn = original;
    }
    expect(listed(element)).to.deep.equal([
      'JSON внутри <script type="application/json"> некорректен: проверьте, не пропущены ли запятая, кавычка или скобка.',
    ]);
  });
});
