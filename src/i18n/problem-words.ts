import { problemInWords } from '../model/problem-texts.js';
import type { Problem } from '../model/types.js';
import { builtInTable, messagesFor } from './locale.js';

/**
 * Says problems in a locale's language, as the element's alert does: once the locale's built-in
 * table (a chunk) has arrived; in English where there is none, or it could not be loaded.
 */
export async function problemWords(locale: string): Promise<(problem: Problem) => string> {
  await builtInTable(locale)?.load();
  const texts = messagesFor(locale).problems;
  return (problem) => problemInWords(problem, texts, locale);
}
