import { isObject } from '../json-fields.js';
import { checkMedia } from '../media/check.js';
import type { Problem } from '../types.js';
import { chooseFormat, type DataFormat } from './detect.js';
import { fromTimelineJS } from './timelinejs.js';
import { fromTimelineJS2 } from './timelinejs2.js';
import { fromVisItems } from './vis-items.js';

/**
 * Converts input in any known format (detected unless `format` names one; TimelineJS 2 by its
 * `timeline` object) to our dataset format, for `validateDataset`, and checks the events' media
 * (model/media/check.ts). Our own format without media passes through unchanged, with no problems.
 */
export function toDataset(
  input: unknown,
  format: DataFormat | 'auto' = 'auto',
): { input: unknown; problems: Problem[]; format: DataFormat } {
  const named = chooseFormat(input, format);
  // Before its release TimelineJS 3 wrapped its slides as { "timeline": { "scale", "slides": [...] } },
  // as some of its own examples still do (cosmo.json, marktwain.json): that is TimelineJS 3, not 2.
  const early = isObject(input) && isObject(input.timeline) && Array.isArray(input.timeline.slides) && !('date' in input.timeline)
    ? { ...input.timeline, events: input.timeline.slides }
    : undefined;
  const chosen = named === 'timelinejs' && isObject(input) && isObject(input.timeline) && !early ? 'timelinejs2' : named;
  const converted =
    chosen === 'timelinejs' ? fromTimelineJS(early ?? input)
    : chosen === 'timelinejs2' ? fromTimelineJS2(input)
    : chosen === 'vis' ? fromVisItems(input)
    : { dataset: input, problems: [] };
  const media = checkMedia(converted.dataset);
  return { input: media.input, problems: [...converted.problems, ...media.problems], format: chosen };
}
