import { isHttpsUrl } from '../addresses.js';
import { describe, type Json } from '../json-fields.js';
import { mediaTypeOf } from '../media/check.js';
import { phrase, type Phrase } from '../problem-texts.js';
import type { EventInput, MediaItem } from '../types.js';
import { plainTextOf } from './plain-text.js';

/** Pages TimelineJS embeds (videos, encyclopaedias, maps) that become link cards rather than sources. */
const LINK_CARD_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|wikipedia\.org|openstreetmap\.org|soundcloud\.com|spotify\.com)$/;
/** A wiki's page about a file (Commons' `/wiki/File:Name.jpg`): a page that ends like a picture, not one. */
const isWikiPage = (url: URL) => /(^|\.)(wikipedia|wikimedia)\.org$/.test(url.hostname) && url.pathname.startsWith('/wiki/');
const isMapAddress = (url: URL) => /(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/maps') || /^maps\.google\./.test(url.hostname);

/**
 * A slide's media address with a scheme: TimelineJS's own examples write `//host/path` (protocol-relative),
 * which a page served over https, the only kind this element links from, loads as https.
 */
export function withHttpsScheme(url: unknown): unknown {
  return typeof url === 'string' && /^\s*\/\/[^/\s]/.test(url) ? `https:${url.trim()}` : url;
}

/**
 * A TimelineJS slide's `media` as our media, when it is a picture, a video, encyclopaedia or map page,
 * or a blockquote: a picture becomes an image item (TimelineJS's alt, else the headline standing in,
 * reported), the others link cards, a blockquote a quote at the end of the summary, as text. Returns
 * false for anything else (a document's page, a refused address): the caller makes it the source.
 */
export function convertSlideMedia(media: Json, event: EventInput, report: (field: string, detail: Phrase) => void): boolean {
  const url = typeof media.url === 'string' ? media.url.trim() : '';
  if (/^<blockquote[\s>]/i.test(url)) {
    const quote = plainTextOf(url);
    if (quote) event.summary = event.summary ? `${event.summary}\n\n“${quote}”` : `“${quote}”`;
    return true;
  }
  if (!isHttpsUrl(url)) return false;
  const address = new URL(url);
  const type = isWikiPage(address) ? 'link' : mediaTypeOf(url);
  if (type !== 'image' && !LINK_CARD_HOSTS.test(address.hostname) && !isWikiPage(address) && !isMapAddress(address)) return false;
  const item: MediaItem = { url, type: type === 'image' ? 'image' : 'link' };
  const caption = plainTextOf(media.caption);
  const credit = plainTextOf(media.credit);
  if (type === 'image') {
    const alt = plainTextOf(media.alt);
    item.alt = alt || event.title;
    if (!alt) report('media.alt', phrase('needsAlt', { stand: describe(event.title) }));
  }
  if (caption) item.caption = caption;
  if (credit) item.credit = credit;
  const thumbnail = typeof media.thumbnail === 'string' ? media.thumbnail.trim() : '';
  if (isHttpsUrl(thumbnail) && mediaTypeOf(thumbnail) === 'image') item.thumbnail = thumbnail;
  event.media = [item];
  return true;
}
