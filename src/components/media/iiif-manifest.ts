/**
 * A IIIF Presentation manifest (3.0, and 2.1 as most archives still publish it), read for the few
 * fields the panel shows: its label, required statement (attribution), rights, and each canvas's
 * label, thumbnail and picture. Read here rather than with @iiif/parser: its upgrader (2.1 to 3.0)
 * measured 21.9 KB minified, 5.7 KB gzipped, as much as the whole media chunk, for fields that
 * take a few dozen lines to read from either version.
 */

/** One page of the document. */
export interface ManifestPage {
  label: string;
  /** A small picture for the strip: the canvas's thumbnail, else a small size of its image service, else its picture. */
  thumbnail: string;
  /** The page's picture for the large view. */
  image: string;
}

export interface Manifest {
  label: string;
  attribution?: { label: string; value: string };
  rights?: string;
  pages: ManifestPage[];
}

export class NotManifestError extends Error {
  override name = 'NotManifestError';
}

type Json = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const idOf = (value: unknown): string | undefined => {
  const id = object(value).id ?? object(value)['@id'] ?? value;
  return typeof id === 'string' ? id : undefined;
};
/** Markup in a IIIF text (2.1 and 3.0 allow a few tags) kept as its text only, never parsed into the page. */
const plain = (text: string): string => text.replace(/<[^>]*>/g, '').trim();

/** A 3.0 language map, a 2.1 string or list of { @value, @language }: the text in `lang`, else "none", else the first. */
export function textOf(value: unknown, lang: string): string {
  if (typeof value === 'string') return plain(value);
  if (Array.isArray(value)) {
    const entries = value.map((entry) => (typeof entry === 'string' ? { text: entry } : { text: String(object(entry)['@value'] ?? ''), lang: object(entry)['@language'] }));
    return plain((entries.find((entry) => entry.lang === lang) ?? entries[0])?.text ?? '');
  }
  const map = object(value);
  const texts = map[lang] ?? map[lang.split('-')[0]] ?? map.none ?? map.en ?? Object.values(map)[0];
  return plain(list(texts).filter((text) => typeof text === 'string').join(' '));
}

/** The address of a picture `width` wide from an image service, when it says it can make any size (level 1 or 2). */
function serviceThumbnail(service: unknown, width: number): string | undefined {
  const first = object(list(service)[0]);
  const id = idOf(first);
  const profile = JSON.stringify(first.profile ?? '');
  return id && /level[12]/.test(profile) ? `${id.replace(/\/+$/, '')}/full/${width},/0/default.jpg` : undefined;
}

function page(label: string, thumbnail: unknown, body: Json): ManifestPage | undefined {
  const image = idOf(body);
  if (!image) return undefined;
  return { label, thumbnail: idOf(list(thumbnail)[0]) ?? serviceThumbnail(body.service, 200) ?? image, image };
}

/** Reads a manifest (parsed JSON); a NotManifestError when it is not a 3.0 or 2.1 manifest. */
export function readManifest(json: unknown, lang = 'en'): Manifest {
  const manifest = object(json);
  const type = manifest.type ?? manifest['@type'];
  if (type !== 'Manifest' && type !== 'sc:Manifest') throw new NotManifestError('not a IIIF manifest');
  const pages: ManifestPage[] = [];
  let attribution: Manifest['attribution'];
  let rights: string | undefined;
  if (type === 'Manifest') {
    list(manifest.items).forEach((canvas, i) => {
      const body = object(list(object(list(object(list(object(canvas).items)[0]).items)[0]).body)[0]);
      const shown = page(textOf(object(canvas).label, lang) || String(i + 1), object(canvas).thumbnail, body);
      if (shown) pages.push(shown);
    });
    const statement = object(manifest.requiredStatement);
    if (statement.value) attribution = { label: textOf(statement.label, lang), value: textOf(statement.value, lang) };
    rights = typeof manifest.rights === 'string' ? manifest.rights : undefined;
  } else {
    list(object(list(manifest.sequences)[0]).canvases).forEach((canvas, i) => {
      const body = object(object(list(object(canvas).images)[0]).resource);
      const shown = page(textOf(object(canvas).label, lang) || String(i + 1), object(canvas).thumbnail, body);
      if (shown) pages.push(shown);
    });
    if (manifest.attribution) attribution = { label: '', value: textOf(manifest.attribution, lang) };
    rights = idOf(list(manifest.license)[0]);
  }
  return { label: textOf(manifest.label, lang), attribution, rights, pages };
}
