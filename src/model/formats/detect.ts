
/** The data formats the element reads: its own, TimelineJS3 JSON, and vis-timeline items. */
export const DATA_FORMATS = ['archive-timeline', 'timelinejs', 'vis'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

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
  return DATA_FORMATS.includes(format as DataFormat) ? (format as DataFormat) : detectFormat(input);
}
