// Pictures and IIIF documents the tests make themselves, served under /media-fixture/ (a web-test-runner
// middleware). Nothing here is a picture of anything: flat colours drawn by the PNG encoder below.
//
//   /media-fixture/<name>.png?w=W&h=H&key=K   a W × H PNG (at most 4,000 × 4,000), counted under K
//   /media-fixture/<name>.svg            an SVG whose script, were it ever run, would set window.svgScriptRan
//   /media-fixture/missing.png?key=K     404, counted under K
//   /media-fixture/seen?key=K            how many requests carrying key=K arrived (JSON)
import { Buffer } from 'node:buffer';
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
