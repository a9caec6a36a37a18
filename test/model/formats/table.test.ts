import { expect } from '@open-wc/testing';
import { fromTable } from '../../../src/model/formats/table.js';
import { validateDataset } from '../../../src/model/validate.js';

const text = async (name: string) => (await fetch(`/test/fixtures/formats/${name}`)).text();
const csv = (...lines: string[]) => fromTable(lines.join('\n'), ',');
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe('fromTable', () => {
  describe('a sheet made from TimelineJS\'s template (BOM, CRLF, quoted commas, quotes and line breaks)', () => {
    let read: ReturnType<typeof fromTable>;
    before(async () => {
      read = fromTable(await text('template.csv'), ',');
    });

    it('takes the title row as the dataset\'s title and description', () => {
      expect(read.dataset.title).to.equal('Soong in Moscow');
      expect(read.dataset.description).to.equal('Talks of 1945, from a sheet');
    });

    it('reads each event row, quoted cells whole, and the era row after them, skipping the blank row', () => {
      expect(read.dataset.events.map(({ id, title, date, end }) => ({ id, title, date, end }))).to.deep.equal([
        { id: 'soong-meets-stalin', title: 'Soong meets Stalin', date: '1945-06-30T18:30', end: undefined },
        { id: 'harriman-cable', title: 'Harriman cable', date: '1945-07-01', end: undefined },
        { id: 'a-bad-time', title: 'A bad time', date: '1945-07-03', end: undefined },
        { id: 'moscow-talks', title: 'Moscow talks', date: '1945-07-14', end: '1945-08-14' },
      ]);
      const cable = read.dataset.events[1];
      // The template's Text is HTML, where a line break is a space.
      expect(cable.summary).to.equal('He said: "no agreement yet" second line');
      expect(cable.approximate).to.equal(true);
      expect(cable.parties).to.deep.equal(['United States']);
      expect(read.dataset.events[0].source).to.deep.equal({ title: 'Soong meets Stalin', citation: 'Foreign Relations, 1945', url: 'https://example.org/record/1' });
    });

    it('names the row as the spreadsheet shows it and the column as its header writes it', () => {
      expect(messages(read.problems)).to.deep.equal([
        'row 8, column Time: "25:00" is not a time of day; the time was left out',
        'row 7, column Year: "19o5" is not a year; the event was left out',
      ]);
      expect(read.problems.map(({ row, column }) => ({ row, column }))).to.deep.equal([
        { row: 8, column: 'Time' },
        { row: 7, column: 'Year' },
      ]);
    });

    it('gives data that passes validation', () => {
      expect(validateDataset(read.dataset).problems).to.deep.equal([]);
    });
  });

  it('recognises the columns whatever their case, spaces and punctuation', () => {
    const { dataset, problems } = csv('YEAR,month,DAY, end_year ,HEAD-LINE', '1945,7,1,1946,Treaty');
    expect(problems).to.deep.equal([]);
    expect(dataset.events[0]).to.include({ title: 'Treaty', date: '1945-07-01', end: '1946' });
  });

  it('reads times like 6:30 PM and 18:30:15', () => {
    const { dataset } = csv('Year,Month,Day,Time,Headline', '1945,7,1,6:30 PM,A', '1945,7,2,18:30:15,B', '1945,7,3,12:05 am,C');
    expect(dataset.events.map((event) => event.date)).to.deep.equal(['1945-07-01T18:30', '1945-07-02T18:30', '1945-07-03T00:05']);
  });

  it('says a month or a day that is not a number is not one, naming its column', () => {
    const { problems } = csv('Year,Month,Day,Headline', '1945,Jly,1,A', '1945,7,first,B');
    expect(messages(problems)).to.deep.equal([
      'row 2, column Month: "Jly" is not a month; the event was left out',
      'row 3, column Day: "first" is not a day; the event was left out',
    ]);
  });

  it('names the column of an end date and of a media address', () => {
    const { problems } = csv('Year,End Year,End Month,Headline,Media', '1945,1946,13,A,http://example.org/a');
    expect(messages(problems)).to.deep.equal([
      'row 2, column End Month: 13 is not a month; the end was left out',
      'row 2, column Media: "http://example.org/a" is not an https address; the link was left out',
    ]);
    expect(problems.every((problem) => problem.id === 'a')).to.equal(true);
  });

  describe('our own columns', () => {
    it('reads a TSV with lists separated by semicolons, yes/no and the source\'s columns', async () => {
      const { dataset, problems } = fromTable(await text('ours.tsv'), '\t');
      expect(problems).to.deep.equal([]);
      expect(dataset.events).to.deep.equal([
        {
          id: 'wh-307', title: 'White House message No. 307', date: '1945-06-29', kind: 'message',
          partOfDay: 'evening', participants: ['Truman', 'Soong'],
          source: { title: 'FRUS 1945', url: 'https://example.org/frus' },
        },
      ]);
    });

    it('makes an id from the title and takes kind "other" when those cells are empty', () => {
      const { dataset } = csv('date,title,kind,id', '1945-07-01,Harriman cable,,', '1945-07-02,Harriman cable,,');
      expect(dataset.events.map(({ id, kind }) => [id, kind])).to.deep.equal([['harriman-cable', 'other'], ['harriman-cable-2', 'other']]);
    });

    it('names the row and column of every problem, and keeps the rest of the row where it can', () => {
      const { dataset, problems } = csv(
        'id,date,title,approximate,source url',
        'good,1945-07-01,Good,maybe,http://example.org/x',
        'bad,1945-06-31,Bad,,',
        'Bad Id,19o5,,,',
        'good,1945-07-03,Again,,',
      );
      expect(dataset.events.map((event) => event.id)).to.deep.equal(['good']);
      expect(dataset.events[0].source).to.deep.equal({ title: 'Good' });
      expect(messages(problems)).to.deep.equal([
        'row 2, column approximate: "maybe" is not yes or no',
        'row 2, column source url: "http://example.org/x" is not an https address; it was left out',
        'row 3, column date: "1945-06-31" is not a calendar date',
        'row 4, column id: "Bad Id" must use only lowercase letters, digits and hyphens (e.g. "wh-307")',
        'row 4, column title: is missing',
        'row 4, column date: "19o5" is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
        'row 5, column id: "good" is used twice; the event was left out',
      ]);
    });

    it('counts a row left out once, however many problems it has', () => {
      const { problems } = csv('id,date,title', 'Bad Id,19o5,');
      expect(problems.filter((problem) => !problem.id && problem.field)).to.have.length(1);
    });
  });

  it('reports a column it does not read, and reads the others', () => {
    const { dataset, problems } = csv('date,title,colour', '1945-07-01,A,red');
    expect(dataset.events).to.have.length(1);
    expect(messages(problems)).to.deep.equal(['column "colour" is not a column this timeline reads; it was ignored (check its spelling)']);
    expect(problems[0].field).to.equal(undefined);
  });

  it('says what the first row must name when it names neither set of columns', () => {
    const { dataset, problems } = csv('when,what', '1945,A');
    expect(dataset.events).to.deep.equal([]);
    expect(messages(problems)).to.deep.equal([
      'The first row must name the columns: those of the TimelineJS template (Year, Month, Day, Headline, Text, …) or this timeline\'s (id, date, kind, title, …), not "when, what".',
    ]);
  });

  it('reads an empty sheet as no events, without problems', () => {
    expect(fromTable('', ',').problems).to.have.length(1);
    expect(csv('Year,Headline').dataset.events).to.deep.equal([]);
    expect(csv('Year,Headline').problems).to.deep.equal([]);
  });
});
