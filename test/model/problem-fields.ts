import type { Problem } from '../../src/model/types.js';

/** Problems as the console and `timeline-error` say them (id, field, English message), without the phrase the alert translates. */
export const inEnglish = (problems: readonly Problem[]) =>
  problems.map(({ id, field, message }) => ({ ...(id === undefined ? {} : { id }), ...(field === undefined ? {} : { field }), message }));
