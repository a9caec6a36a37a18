import { checkMedia } from '../media/check.js';
import type { Problem } from '../types.js';
import { chooseFormat, type DataFormat } from './detect.js';
import { fromTimelineJS } from './timelinejs.js';
import { fromVisItems } from './vis-items.js';

/**
 * Converts input in any known format (detected unless `format` names one) to our dataset format, for
 * `validateDataset`, and checks the events' media (model/media/check.ts). Our own format without media
 * passes through unchanged, with no problems.
 */
export function toDataset(
  input: unknown,
  format: DataFormat | 'auto' = 'auto',
): { input: unknown; problems: Problem[]; format: DataFormat } {
  const chosen = chooseFormat(input, format);
  const converted = chosen === 'timelinejs' ? fromTimelineJS(input) : chosen === 'vis' ? fromVisItems(input) : { dataset: input, problems: [] };
  const media = checkMedia(converted.dataset);
  return { input: media.input, problems: [...converted.problems, ...media.problems], format: chosen };
}
