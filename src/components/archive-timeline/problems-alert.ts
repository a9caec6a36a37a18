import { html, nothing } from 'lit';
import { EN_ALERT, withEnglish } from '../../i18n/en-later.js';
import { format, type Messages } from '../../i18n/messages.js';
import { problemInWords } from '../../model/problem-texts.js';
import type { Problem } from '../../model/types.js';

/** Problems listed before "…and N more". */
const MAX_LISTED = 8;

/**
 * The data's problems, for everyone (`role="alert"`): how many events were left out (or how many
 * problems there are, when none was), then the first few problems, each naming the event and field,
 * in the reader's language (the console has them in English).
 */
export function problemsAlert(strings: Messages, problems: readonly Problem[], leftOut: number, locale: string) {
  if (!problems.length) return nothing;
  const t = withEnglish(EN_ALERT, strings);
  const count = leftOut || problems.length;
  return html`<div class="alert" role="alert">
    <p>${format(leftOut ? t.eventsLeftOut : t.problemsFound, { count }, locale)}</p>
    <ul>${problems.slice(0, MAX_LISTED).map((problem) => html`<li>${problemInWords(problem, t.problems, locale)}</li>`)}</ul>
    ${problems.length > MAX_LISTED ? html`<p>${format(t.moreProblems, { count: problems.length - MAX_LISTED }, locale)}</p>` : nothing}
  </div>`;
}

