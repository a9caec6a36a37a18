
/** The data formats the element reads: its own, TimelineJS3 JSON, and vis-timeline items. */
export type DataFormat = 'archive-timeline' | 'timelinejs' | 'vis';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVisItem = (item: unknown) => isObject(item) && 'start' in item && 'content' in item;

/** Tells which format parsed JSON is written in; anything not recognisably foreign is taken as ours. */
export function detectFormat(input: unknown): DataFormat {
  if (Array.isArray(input)) return input.some(isVisItem) ? 'vis' : 'archive-timeline';
  if (!isObject(input)) return 'archive-timeline';
  const { events } = input;
  if (Array.isArray(events) && events.some((slide) => isObject(slide) && isObject(slide.start_date))) return 'timelinejs';
  // Our title is a text; TimelineJS's is a title slide, { text: { headline, text } }.
  if (Array.isArray(input.eras) || (isObject(input.title) && isObject(input.title.text))) return 'timelinejs';
  if (Array.isArray(input.items)) return 'vis';
  return 'archive-timeline';
}

/** The format to read input as: the one named, or the detected one for `auto`. */
export function chooseFormat(input: unknown, format: DataFormat | 'auto' = 'auto'): DataFormat {
  return format === 'timelinejs' || format === 'vis' || format === 'archive-timeline' ? format : detectFormat(input);
}

/** Whether data in our format has events with media, which the converters' chunk checks (model/media/check.ts). */
export function hasMedia(input: unknown): boolean {
  const events = Array.isArray(input) ? input : isObject(input) ? input.events : undefined;
  return Array.isArray(events) && events.some((event) => isObject(event) && 'media' in event);
}
