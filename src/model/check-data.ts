import type { Problem } from './types.js';
import { validateDataset, type ValidationResult } from './validate.js';

/** Data in our format, with what was found while reading it and converting it from another format. */
export interface ReadData {
  input: unknown;
  /** In the order found: reading markup inside the element, then converting. */
  problems: readonly Problem[];
}

/**
 * Checks data that was read and converted: the valid events, every problem (those of reading and
 * converting first), and how many events were left out at any step. Readers and converters name an
 * event (its id) only when they kept it, so their problems without an id, about a field, left one out.
 */
export function checkData({ input, problems: early }: ReadData): ValidationResult {
  const checked = validateDataset(input);
  const leftEarlier = early.filter((problem) => !problem.id && problem.field).length;
  return { dataset: checked.dataset, problems: [...early, ...checked.problems], leftOut: checked.leftOut + leftEarlier };
}
