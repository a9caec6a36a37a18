// Pictures and IIIF documents the tests make themselves, served under /media-fixture/ (a web-test-runner
// middleware). Nothing here is a picture of anything: flat colours drawn by the PNG encoder below.
//
//   /media-fixture/<name>.png?w=W&h=H&key=K   a W × H PNG (at most 4,000 × 4,000), counted under K
//   /media-fixture/<name>.svg            an SVG whose script, were it ever run, would set window.svgScriptRan
//   /media-fixture/missing.png?key=K     404, counted under K
//   /media-fixture/seen?key=K            how many requests carrying key=K arrived (JSON)
//   /media-fixture/iiif/K/<service>/info.json   a level-0 IIIF image service's info.json, its id on the
//                                        server's own origin: v3 (1200 × 1600, sizes and tiles), v2 (the same
//                                        in version 2), v2-tiles (2000 × 1500, tiles only), flaky (v3, but 500
//                                        the first time), slow (v3 after 3 s), not-iiif (JSON that is not a service)
//   /media-fixture/iiif/K/manifest-3/manifest.json   a Presentation 3.0 manifest of three canvases (their
//                                        pictures the v3 service's), manifest-2/manifest.json a 2.1 one of two,
//                                        not-manifest/manifest.json JSON that is not a manifest,
//                                        manifest-flaky/manifest.json the 3.0 one after a 500 the first time
//   /media-fixture/iiif/K/<service>/<region>/<size>/0/default.jpg   that picture (a PNG of the asked size)
//   /media-fixture/requested?key=K       the paths asked for under /media-fixture/iiif/K/ (JSON)
import { Buffer } from 'node:buffer';
import { clearTimeout, setTimeout } from 'node:timers';
import { deflateSync } from 'node:zlib';

const PREFIX = '/media-fixture/';
const MAX_SIDE = 4000;
const MAX_KEYS = 1000;
const seen = new Map();

function remember(key) {
  if (!key) return;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  if (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value);
}

/** CRC-32 of a PNG chunk (type and data), as the format asks. */
function crc32(bytes) {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of one colour (RGB), `width` × `height`. */
export function flatPng(width, height, [r, g, b] = [200, 120, 40]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The picture behind each fixture service, and what its info.json lists. */
const SERVICES = {
  v3: { version: 3, width: 1200, height: 1600, sizes: [[150, 200], [300, 400], [600, 800], [1200, 1600]] },
  v2: { version: 2, width: 1200, height: 1600, sizes: [[150, 200], [300, 400], [600, 800], [1200, 1600]] },
  'v2-tiles': { version: 2, width: 2000, height: 1500, sizes: [] },
  slow: { version: 3, width: 1200, height: 1600, sizes: [[300, 400]] },
  flaky: { version: 3, width: 1200, height: 1600, sizes: [[150, 200], [300, 400], [600, 800], [1200, 1600]] },
};
const requested = new Map();

function iiifInfo(service, id) {
  const tiles = [{ width: 256, height: 256, scaleFactors: [1, 2, 4, 8, 16] }];
  const sizes = service.sizes.map(([width, height]) => ({ width, height }));
  if (service.version === 3) {
    return { '@context': 'http://iiif.io/api/image/3/context.json', id, type: 'ImageService3', protocol: 'http://iiif.io/api/image',
      profile: 'level0', width: service.width, height: service.height, sizes, tiles };
  }
  return { '@context': 'http://iiif.io/api/image/2/context.json', '@id': id, protocol: 'http://iiif.io/api/image',
    profile: ['http://iiif.io/api/image/2/level0.json'], width: service.width, height: service.height,
    ...(sizes.length ? { sizes } : {}), tiles };
}

/** The pixel size a IIIF request asks for: "w,h", "w,", "full"/"max" (the region's size), within the region. */
function iiifSize(service, region, size) {
  const [, , rw = service.width, rh = service.height] = region === 'full' ? [] : region.split(',').map(Number);
  if (size === 'full' || size === 'max') return [rw, rh];
  const [w, h] = size.replace(/^!/, '').split(',').map((part) => Number.parseInt(part, 10));
  return [w || Math.round((rw * h) / rh), h || Math.round((rh * w) / rw)];
}

/** A Presentation manifest of three canvases (3.0) or two (2.1), its pictures the v3 fixture service's sizes. */
function iiifManifest(version, base, service) {
  const picture = (size) => `${service}/full/${size}/0/default.jpg`;
  if (version === 3) {
    const canvas = (n, label, thumbnail) => ({
      id: `${base}/canvas/${n}`, type: 'Canvas', label: { en: [label] }, width: 1200, height: 1600,
      ...(thumbnail ? { thumbnail: [{ id: picture('150,200'), type: 'Image', format: 'image/jpeg' }] } : {}),
      items: [{ id: `${base}/page/${n}`, type: 'AnnotationPage', items: [{ id: `${base}/annotation/${n}`, type: 'Annotation',
        motivation: 'painting', target: `${base}/canvas/${n}`,
        body: { id: picture('600,800'), type: 'Image', format: 'image/jpeg', width: 600, height: 800,
          service: [{ id: service, type: 'ImageService3', profile: 'level0' }] } }] }],
    });
    return { '@context': 'http://iiif.io/api/presentation/3/context.json', id: `${base}/manifest.json`, type: 'Manifest',
      label: { en: ['Treaty of friendship, signed copy'], ru: ['Договор о дружбе, подписанный экземпляр'] },
      requiredStatement: { label: { en: ['Attribution'] }, value: { en: ['Test archive, fonds 1'] } },
      rights: 'http://creativecommons.org/publicdomain/zero/1.0/',
      items: [canvas(1, 'Cover', true), canvas(2, 'Page 1', true), canvas(3, 'Signatures', false)] };
  }
  const canvas = (n, label) => ({ '@id': `${base}/canvas/${n}`, '@type': 'sc:Canvas', label, width: 1200, height: 1600,
    thumbnail: { '@id': picture('150,200') },
    images: [{ '@type': 'oa:Annotation', motivation: 'sc:painting', on: `${base}/canvas/${n}`,
      resource: { '@id': picture('600,800'), '@type': 'dctypes:Image', format: 'image/jpeg' } }] });
  return { '@context': 'http://iiif.io/api/presentation/2/context.json', '@id': `${base}/manifest.json`, '@type': 'sc:Manifest',
    label: 'Cable, two pages', attribution: 'Test archive, <b>fonds 2</b>', license: 'https://example.org/licence',
    sequences: [{ '@type': 'sc:Sequence', canvases: [canvas(1, 'Sheet 1'), canvas(2, 'Sheet 2')] }] };
}

async function serveIiif(context, rest) {
  const [key, name, ...path] = rest.split('/');
  const list = requested.get(key) ?? [];
  list.push(path.length ? `${name}/${path.join('/')}` : name);
  requested.set(key, list);
  if (requested.size > MAX_KEYS) requested.delete(requested.keys().next().value);
  // The test server marks every address with an extension cacheable for a year (after this runs):
  // "Vary: *" keeps the browser from reusing an answer, so Retry asks again.
  context.set('Cache-Control', 'no-store');
  context.set('Vary', '*');
  const manifest = { 'manifest-3': 3, 'manifest-2': 2, 'manifest-flaky': 3 }[name];
  if (manifest && path.join('/') === 'manifest.json') {
    if (name === 'manifest-flaky' && list.filter((entry) => entry === 'manifest-flaky/manifest.json').length === 1) {
      context.status = 500;
      context.body = JSON.stringify({ error: 'no' });
      return;
    }
    context.type = 'application/json';
    const base = `${context.origin}/media-fixture/iiif/${key}`;
    context.body = JSON.stringify(iiifManifest(manifest, `${base}/${name}`, `${base}/v3`));
    return;
  }
  if (path.join('/') === 'info.json' || (name === 'not-manifest' && path.join('/') === 'manifest.json')) {
    context.type = 'application/json';
    if (name === 'slow') {
      // Longer than the test's timeout, bounded, and given up as soon as the client goes.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000);
        context.req.once('close', () => { clearTimeout(timer); resolve(); });
      });
    }
    if (name === 'not-iiif' || name === 'not-manifest') {
      context.body = JSON.stringify({ title: 'A page about a picture', items: [] });
      return;
    }
    const service = SERVICES[name];
    if (!service || (name === 'flaky' && list.filter((entry) => entry === 'flaky/info.json').length === 1)) {
      context.status = service ? 500 : 404;
      context.body = JSON.stringify({ error: 'no' });
      return;
    }
    context.body = JSON.stringify(iiifInfo(service, `${context.origin}/media-fixture/iiif/${key}/${name}`));
    return;
  }
  const service = SERVICES[name];
  if (!service || path.length !== 4) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  const [width, height] = iiifSize(service, path[0], path[1]);
  context.type = 'image/png';
  context.body = flatPng(side(String(width), 60), side(String(height), 40), [60, 110, 170]);
}

const side = (value, fallback) => Math.min(MAX_SIDE, Math.max(1, Number.parseInt(value ?? '', 10) || fallback));

export async function mediaFixtures(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const name = context.path.slice(PREFIX.length);
  const query = context.URL.searchParams;
  if (name === 'seen') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: seen.get(query.get('key')) ?? 0 });
    return undefined;
  }
  if (name === 'requested') {
    context.type = 'application/json';
    context.body = JSON.stringify(requested.get(query.get('key')) ?? []);
    return undefined;
  }
  if (name.startsWith('iiif/')) {
    await serveIiif(context, name.slice('iiif/'.length));
    return undefined;
  }
  remember(query.get('key'));
  if (name.endsWith('.svg')) {
    context.type = 'image/svg+xml';
    context.body = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" onload="window.parent.svgScriptRan = true">'
      + '<script>window.parent.svgScriptRan = true;</script><rect width="60" height="40" fill="#3a6"/></svg>';
    return undefined;
  }
  if (name.endsWith('.png') && name !== 'missing.png') {
    context.type = 'image/png';
    context.set('Cache-Control', 'no-store');
    context.body = flatPng(side(query.get('w'), 60), side(query.get('h'), 40));
    return undefined;
  }
  context.status = 404;
  context.body = 'not found';
  return undefined;
}
