import { isHttpsUrl, isSafeTranscriptPath, MAX_ADDRESS } from '../addresses.js';
import { describe, isObject, own, reportUnknown, textProblem, type Json } from '../json-fields.js';
import { fieldPhrase, phrase, type Phrase, type ProblemCode } from '../problem-texts.js';
import type { MediaItem, MediaType, Problem, TimelineEvent } from '../types.js';
import { saying } from './problem-texts.js';

export const MEDIA_TYPES: readonly MediaType[] = ['image', 'iiif-image', 'iiif-manifest', 'audio', 'video', 'link'];

export const MEDIA_FIELDS = ['url', 'type', 'alt', 'caption', 'credit', 'rights', 'link', 'thumbnail'];

/** Longest data: address: a small picture written into the data, not a scan. */
export const MAX_DATA_ADDRESS = 1_000_000;

/** Raster pictures only: an SVG in a data: address is a document, and it could carry script. */
const DATA_RASTER = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

const EXTENSIONS: Partial<Record<MediaType, readonly string[]>> = {
  image: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg'],
  audio: ['mp3', 'm4a', 'ogg', 'oga', 'wav'],
  video: ['mp4', 'webm', 'ogv'],
};

/** Where page-relative addresses are tried when the page's origin is not known (the command line). */
const SOME_PAGE = 'https://page.invalid';

/** What an address says it is: by its file name, or `info.json` and `manifest` for IIIF; else a link card. */
export function mediaTypeOf(url: string): MediaType {
  if (DATA_RASTER.test(url)) return 'image';
  const path = url.replace(/[?#].*$/s, '').toLowerCase();
  if (path.endsWith('/info.json')) return 'iiif-image';
  if (/manifest(\.json)?$/.test(path)) return 'iiif-manifest';
  const extension = /\.([a-z0-9]+)$/.exec(path)?.[1] ?? '';
  for (const type of ['image', 'audio', 'video'] as const) {
    if (EXTENSIONS[type]?.includes(extension)) return type;
  }
  return 'link';
}

/**
 * True for an address media may use: https; a path inside the dataset's folder; an address on the
 * page's own origin (`/scans/a.jpg`, or http on `origin` itself); a raster picture in a data: address.
 */
export function isMediaAddress(url: string, origin?: string): boolean {
  if (DATA_RASTER.test(url)) return url.length <= MAX_DATA_ADDRESS;
  if (isHttpsUrl(url) || isSafeTranscriptPath(url)) return true;
  // Otherwise only an address on the page's own site: "/scans/a.jpg", or http(s) on its origin.
  if (url.length > MAX_ADDRESS || /[\s\\]/.test(url) || !/^(\/(?!\/)|https?:)/i.test(url)) return false;
  try {
    const page = origin ?? SOME_PAGE;
    const resolved = new URL(url, page);
    return resolved.origin === new URL(page).origin && /^https?:$/.test(resolved.protocol);
  } catch {
    return false;
  }
}

/** The first picture of an event, for lists and headers: an item's thumbnail, else the first image itself. */
export function thumbnailOf(event: TimelineEvent): MediaItem | undefined {
  return event.media?.find((item) => item.thumbnail !== undefined || item.type === 'image');
}

type Report = (field: string, detail: Phrase, outcome?: ProblemCode) => void;

/** One item, checked; undefined (reported) when its address cannot be used. */
function checkItem(raw: unknown, title: string, origin: string | undefined, report: Report): MediaItem | undefined {
  if (!isObject(raw)) {
    report('', phrase('notObject', { value: describe(raw) }), 'mediaLeftOut');
    return undefined;
  }
  reportUnknown(raw, MEDIA_FIELDS, 'aMediaItem', (key, detail) => report(`.${key}`, detail));
  const url = own(raw, 'url');
  const rawType = own(raw, 'type');
  let type = MEDIA_TYPES.includes(rawType as MediaType) ? (rawType as MediaType) : undefined;
  if (rawType !== undefined && !type) report('.type', phrase('notMediaType', { list: MEDIA_TYPES.join(', ') }));
  // A data: address holds a picture: as anything else it is refused.
  const usable = typeof url === 'string' && isMediaAddress(url, origin) && (!DATA_RASTER.test(url) || (type ?? 'image') === 'image');
  if (!usable) {
    report('.url', url === undefined ? phrase('missing') : phrase('notMediaAddress', { value: describe(url) }), 'mediaLeftOut');
    return undefined;
  }
  type ??= mediaTypeOf(url);
  const item: MediaItem = { url, type };
  for (const key of ['alt', 'caption', 'credit', 'rights'] as const) {
    const value = own(raw, key);
    if (value === undefined) continue;
    const problem = textProblem(value);
    if (problem) report(`.${key}`, problem, 'leftOut');
    else item[key] = value as string;
  }
  const link = own(raw, 'link');
  if (typeof link === 'string' && isHttpsUrl(link)) item.link = link;
  else if (link !== undefined) report('.link', phrase('notHttps', { value: describe(link) }), 'leftOut');
  const thumbnail = own(raw, 'thumbnail');
  if (typeof thumbnail === 'string' && isMediaAddress(thumbnail, origin)) item.thumbnail = thumbnail;
  else if (thumbnail !== undefined) report('.thumbnail', phrase('notMediaAddress', { value: describe(thumbnail) }), 'leftOut');
  if ((type === 'image' || type === 'iiif-image') && item.alt === undefined) {
    report('.alt', phrase('needsAlt', { stand: item.caption ? phrase('itsCaption') : phrase('imageTitled', { title }) }));
  }
  return item;
}

/** The page's origin, where there is a page (not on the command line). */
const pageOrigin = (): string | undefined => globalThis.location?.origin;

/** An event's media checked: a copy of the event with the usable items (none: without `media`). */
function withCheckedMedia(raw: Json, problems: Problem[]): Json {
  const { media, ...rest } = raw;
  const id = own(raw, 'id');
  // An event without an id is left out by validateDataset, which says why: its media are never shown.
  if (typeof id !== 'string') return raw;
  const title = own(raw, 'title');
  const subject = phrase('event', { id });
  const say = (field: string, detail: Phrase, outcome?: ProblemCode) =>
    problems.push({ id, field, ...saying(fieldPhrase(subject, field, detail, outcome && phrase(outcome))) });
  if (!Array.isArray(media)) {
    say('media', phrase('notList', { value: describe(media) }), 'leftOut');
    return rest;
  }
  const items: MediaItem[] = [];
  media.forEach((item: unknown, at) => {
    const checked = checkItem(item, typeof title === 'string' ? title : '', pageOrigin(), (key, detail, outcome) =>
      say(`media[${at}]${key}`, detail, outcome));
    if (checked) items.push(checked);
  });
  return items.length ? { ...rest, media: items } : rest;
}

/**
 * Checks the `media` of every event of data in our format (validateDataset takes them as they are):
 * the list, and each item's address, type and texts. Events with media are copies (the data's own
 * objects are never changed); items whose address cannot be used are left out, the event kept. Every
 * problem names the event and the field. Data without media comes back as it is.
 */
export function checkMedia(input: unknown): { input: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const events = Array.isArray(input) ? input : isObject(input) ? own(input, 'events') : undefined;
  if (!Array.isArray(events) || !events.some((event) => isObject(event) && own(event, 'media') !== undefined)) {
    return { input, problems };
  }
  const checked = events.map((event: unknown) =>
    isObject(event) && own(event, 'media') !== undefined ? withCheckedMedia(event, problems) : event);
  if (checked.every((event, index) => event === events[index])) return { input, problems };
  return { input: Array.isArray(input) ? checked : { ...(input as Json), events: checked }, problems };
}
