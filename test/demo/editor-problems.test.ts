import { expect } from '@open-wc/testing';
// @ts-expect-error: the demo's scripts are plain JavaScript, without types.
import { offsetOf, renderProblems } from '../../demo/editor-problems.js';
// @ts-expect-error: the demo's scripts are plain JavaScript, without types.
import { LANGUAGES } from '../../demo/editor-texts.js';

const render = (problems: object[], shown: string[] = [], language = 'en') => {
  const list = document.createElement('ol');
  const shownEvents: string[] = [];
  renderProblems(list, problems, {
    t: LANGUAGES[language].texts,
    say: (problem: { message: string }) => problem.message,
    shown: new Set(shown),
    actions: { showEvent: (id: string) => shownEvents.push(id), showInText: () => {} },
  });
  return { list, shownEvents };
};

describe('the editor page: the list of problems', () => {
  it("names a spreadsheet's row as the spreadsheet shows it, with the column", () => {
    const { list } = render([{ row: 7, field: 'Year', message: 'row 7, column Year: "19o5" is not a year' }]);
    expect(list.querySelector('.where')!.textContent).to.equal('Row 7 of the spreadsheet · field: Year');
    expect(list.querySelectorAll('button')).to.have.length(0);
  });

  it('names the row in Chinese and Russian too', () => {
    expect(render([{ row: 7, message: 'm' }], [], 'zh').list.querySelector('.where')!.textContent).to.equal('电子表格第 7 行');
    expect(render([{ row: 7, message: 'm' }], [], 'ru').list.querySelector('.where')!.textContent).to.equal('Строка таблицы 7');
  });

  it('offers to show an event of a row that is in the preview', () => {
    const { list, shownEvents } = render([{ row: 3, id: 'cable', field: 'Media', message: 'm' }], ['cable']);
    list.querySelector('button')!.click();
    expect(shownEvents).to.deep.equal(['cable']);
  });

  it('writes what the data says as text', () => {
    const { list } = render([{ id: '<b>x</b>', message: '<img src=x onerror="window.ran=1">' }]);
    expect(list.querySelectorAll('img, b')).to.have.length(0);
    expect(list.textContent).to.contain('<img src=x');
  });

  it('finds a line and column in a text written with any line ending', () => {
    expect(offsetOf('ab\ncd\r\nef', 3, 2)).to.equal(8);
    expect(offsetOf('ab\rcd', 2, 1)).to.equal(3);
    expect(offsetOf('ab', 9, 1)).to.equal(2);
  });
});
