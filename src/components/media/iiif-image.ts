/**
 * A IIIF Image API service (versions 2 and 3) read from its info.json: the sizes a browser may ask
 * for, as a `srcset`. Only what the panel needs is read (id, width, height, sizes, tiles, profile
 * level), a few lines, rather than a library: the Image API's info.json is small and stable, and
 * the field's libraries (OpenSeadragon, @iiif/parser) are about viewers and manifests.
 */

/** A size the service can give the whole picture at. */
export interface IiifSize {
  width: number;
  height: number;
}

/** A IIIF image service, as read from its info.json. */
export interface IiifImage {
  /** The service's base address (no trailing slash). */
  id: string;
  version: 2 | 3;
  width: number;
  height: number;
  /** Sizes of the whole picture, smallest first: listed by the service, else those its tiles allow. */
  sizes: IiifSize[];
}

/** Why a document is not a IIIF image service. */
export class NotIiifError extends Error {
  override name = 'NotIiifError';
}

/** The info.json of a service given by its base address or by the info.json itself. */
export const infoAddress = (url: string): string => (/\/info\.json$/i.test(url.replace(/[?#].*$/s, '')) ? url : `${url.replace(/\/+$/, '')}/info.json`);

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.round(value) : undefined;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The profile's compliance level (0, 1 or 2), from v3's `profile: "level0"` or v2's profile URI. */
function levelOf(profile: unknown): number {
  const first = Array.isArray(profile) ? profile[0] : profile;
  const match = typeof first === 'string' ? /level([012])(\.json)?$/.exec(first) : null;
  return match ? Number(match[1]) : 0;
}

/** Whole-picture sizes a level-0 tiled service holds: each scale factor at which the picture fits one tile. */
function tileSizes(width: number, height: number, tiles: unknown): IiifSize[] {
  const sizes: IiifSize[] = [];
  for (const tile of list(tiles)) {
    const tileWidth = positive((tile as { width?: unknown })?.width);
    if (!tileWidth) continue;
    const tileHeight = positive((tile as { height?: unknown }).height) ?? tileWidth;
    for (const factor of list((tile as { scaleFactors?: unknown }).scaleFactors)) {
      const scale = positive(factor);
      if (!scale) continue;
      const size = { width: Math.ceil(width / scale), height: Math.ceil(height / scale) };
      if (size.width <= tileWidth && size.height <= tileHeight) sizes.push(size);
    }
  }
  return sizes;
}

/** A few widths a level-1 or level-2 service makes on request (it scales to any size). */
const ANY_SIZE_WIDTHS = [300, 600, 1200, 2400];

/** Reads an info.json (parsed); a NotIiifError when it is not one. */
export function readInfo(json: unknown): IiifImage {
  const info = (json ?? {}) as Record<string, unknown>;
  const context = list(info['@context']).concat(info['@context']).filter((entry) => typeof entry === 'string').join(' ');
  const version = /image\/3/.test(context) || info.type === 'ImageService3' ? 3 : /image\/2/.test(context) ? 2 : undefined;
  const rawId = version === 3 ? (info.id ?? info['@id']) : (info['@id'] ?? info.id);
  const width = positive(info.width);
  const height = positive(info.height);
  if (!version || typeof rawId !== 'string' || !width || !height) throw new NotIiifError('not a IIIF image service');
  const id = rawId.replace(/\/+$/, '');
  let sizes = list(info.sizes)
    .map((size) => ({ width: positive((size as IiifSize)?.width), height: positive((size as IiifSize)?.height) }))
    .filter((size): size is IiifSize => Boolean(size.width && size.height && size.width <= width));
  if (!sizes.length) sizes = tileSizes(width, height, info.tiles);
  if (!sizes.length && levelOf(info.profile) > 0) {
    sizes = ANY_SIZE_WIDTHS.filter((w) => w < width).map((w) => ({ width: w, height: Math.max(1, Math.round((height * w) / width)) }));
  }
  // Level 0 with neither: the original is all there is.
  if (!sizes.length) sizes = [{ width, height }];
  const unique = new Map(sizes.map((size) => [size.width, size]));
  return { id, version, width, height, sizes: [...unique.values()].sort((a, b) => a.width - b.width) };
}

/** The address of the whole picture at `size` (`w,` in version 2, `w,h` in version 3, as each asks). */
export function sizeAddress(image: IiifImage, size: IiifSize): string {
  const full = size.width === image.width && size.height === image.height;
  const region = image.version === 3 ? (full ? 'max' : `${size.width},${size.height}`) : full ? 'full' : `${size.width},`;
  return `${image.id}/full/${region}/0/default.jpg`;
}

/** The `srcset` of the service's sizes; for a thumbnail, the original only when it is the only size. */
export const srcsetOf = (image: IiifImage, sizes = image.sizes): string =>
  sizes.map((size) => `${sizeAddress(image, size)} ${size.width}w`).join(', ');

/** The smallest size at least `width` wide (else the largest): the `src` for browsers without srcset. */
export function sizeFor(image: IiifImage, width: number): IiifSize {
  return image.sizes.find((size) => size.width >= width) ?? image.sizes[image.sizes.length - 1];
}

/** The sizes a thumbnail may use: all but the original, unless the original is all there is. */
export function thumbnailSizes(image: IiifImage): IiifSize[] {
  const smaller = image.sizes.filter((size) => size.width < image.width);
  return smaller.length ? smaller : image.sizes;
}
