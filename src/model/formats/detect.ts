/**
 * The data formats the element reads: its own, TimelineJS 3 and 2 JSON, vis-timeline items, and
 * spreadsheets (CSV, TSV) with the TimelineJS template's columns or ours.
 */
export const DATA_FORMATS = ['archive-timeline', 'timelinejs', 'timelinejs2', 'vis', 'csv', 'tsv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVisItem = (item: unknown) => isObject(item) && 'start' in item && 'content' in item;

/**
 * Tells which format parsed JSON is written in (TimelineJS 2 and 3 both as `timelinejs`, which is all
 * the element needs to know); anything not recognisably foreign is taken as ours.
 */
export function detectFormat(input: unknown): DataFormat {
  if (Array.isArray(input)) return input.some(isVisItem) ? 'vis' : 'archive-timeline';
  if (!isObject(input)) return 'archive-timeline';
  const { events } = input;
  // A slide has a start_date object, or (written without one, as some of TimelineJS's own examples
  // are) a text object { headline, text }: our events have neither.
  if (Array.isArray(events) && events.some((slide) => isObject(slide) && (isObject(slide.start_date) || isObject(slide.text)))) {
    return 'timelinejs';
  }
  // Our title is a text; TimelineJS's is a title slide, { text: { headline, text } }; TimelineJS 2
  // wraps everything in { "timeline": { "headline", "date": [...] } } (toDataset tells the two apart).
  if (Array.isArray(input.eras) || (isObject(input.title) && isObject(input.title.text)) || isObject(input.timeline)) return 'timelinejs';
  if (Array.isArray(input.items)) return 'vis';
  return 'archive-timeline';
}

/** The format to read parsed JSON as: the JSON format named, or the detected one (for `auto`, or a spreadsheet format given JSON). */
export function chooseFormat(input: unknown, format: DataFormat | 'auto' = 'auto'): DataFormat {
  // The JSON formats' names, by their first letters (auto, csv and tsv are not among them).
  return /^(ti|v|ar)/.test(format) ? (format as DataFormat) : detectFormat(input);
}

/** Whether data in our format has events with media, which the converters' chunk checks (model/media/check.ts). */
export function hasMedia(input: unknown): boolean {
  const events = Array.isArray(input) ? input : isObject(input) ? input.events : undefined;
  return Array.isArray(events) && events.some((event) => isObject(event) && 'media' in event);
}
