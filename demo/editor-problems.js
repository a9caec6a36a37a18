// The editor's list of problems: where each is (event, spreadsheet row, or line and column of the text),
// what is wrong in the reader's language, and a button that shows it (the event in the preview, or the place in the text).
import { fill } from './editor-texts.js';

/** Where a problem is, in words: its event, row or line, and its field. */
function whereText(problem, t) {
  const where = [];
  const at = problem.phrase?.code === 'jsonSyntax' ? problem.phrase.values : undefined;
  if (problem.row !== undefined) where.push(fill(t.problemRow, { row: problem.row }));
  else if (at) where.push(fill(t.problemLine, at));
  else if (problem.id) where.push(fill(t.problemEvent, { id: problem.id }));
  if (problem.field && !at) where.push(fill(t.problemField, { field: problem.field }));
  return where.join(' · ');
}

/**
 * Fills `list` with one item per problem. `shown` holds the ids of the events in the preview:
 * only those can be selected there. `actions.showEvent(id)` and `actions.showInText(line, column)`.
 */
export function renderProblems(list, problems, { t, say, shown, actions }) {
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      const where = whereText(problem, t);
      if (where) {
        const place = document.createElement('p');
        place.className = 'where';
        place.textContent = where;
        item.append(place);
      }
      const what = document.createElement('p');
      what.textContent = say(problem);
      item.append(what);
      const at = problem.phrase?.code === 'jsonSyntax' ? problem.phrase.values : undefined;
      if (problem.id && shown.has(problem.id)) item.append(button(t.showEvent, () => actions.showEvent(problem.id), where));
      else if (at) item.append(button(t.showInText, () => actions.showInText(Number(at.line), Number(at.column)), where));
      return item;
    }),
  );
}

/** A button whose name says what it shows: its label, then where (so a list of "Show this event" buttons tells them apart). */
function button(label, onClick, where) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (where) element.setAttribute('aria-label', `${label}: ${where}`);
  element.addEventListener('click', onClick);
  return element;
}

/** The offset in `text` of a line and column counted from 1, as the problem gives them. */
export function offsetOf(text, line, column) {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return Math.min(text.length, (starts[line - 1] ?? text.length) + column - 1);
}
