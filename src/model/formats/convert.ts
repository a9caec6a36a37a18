import { isObject } from '../json-fields.js';
import type { Problem } from '../types.js';
import { chooseFormat, type DataFormat } from './detect.js';
import { fromTimelineJS } from './timelinejs.js';
import { fromTimelineJS2 } from './timelinejs2.js';
import { fromVisItems } from './vis-items.js';

/**
 * Converts input in any known format (detected unless `format` names one; TimelineJS 2 by its
 * `timeline` object) to our dataset format, for `validateDataset`. Our own format passes through unchanged, with no problems.
 */
export function toDataset(
  input: unknown,
  format: DataFormat | 'auto' = 'auto',
): { input: unknown; problems: Problem[]; format: DataFormat } {
  const named = chooseFormat(input, format);
  const chosen = named === 'timelinejs' && isObject(input) && isObject(input.timeline) ? 'timelinejs2' : named;
  if (chosen === 'timelinejs') {
    const { dataset, problems } = fromTimelineJS(input);
    return { input: dataset, problems, format: chosen };
  }
  if (chosen === 'timelinejs2') {
    const { dataset, problems } = fromTimelineJS2(input);
    return { input: dataset, problems, format: chosen };
  }
  if (chosen === 'vis') {
    const { dataset, problems } = fromVisItems(input);
    return { input: dataset, problems, format: chosen };
  }
  return { input, problems: [], format: chosen };
}
