// A test server that misbehaves on purpose, as the networks museum pages live on do.
// A web-test-runner (Koa) middleware: everything under /misbehave/ answers badly in one named way;
// everything else goes on to the ordinary file server. Loopback clients only; every wait is bounded,
// and a body that never ends ends itself after NEVER_ENDS_MAX or as soon as the client gives up.
//
//   /misbehave/<failure>                    a dataset (JSON) that fails that way
//   /misbehave/transcripts/<failure>        a transcript (text) that fails that way
//   /misbehave/transcripts/dataset?key=K    a dataset whose events' transcripts are the failures above
//   /misbehave/seen?key=K                   how many requests carrying key=K reached the server
//
// Failures: ok, 404, 500, html, empty, cut, never-ends, redirect-loop, cors, slow?ms=N, flaky?key=K.
import { Buffer } from 'node:buffer';
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';

const PREFIX = '/misbehave/';
/** A body that never ends is cut after this long, in case the client never gives up. */
const NEVER_ENDS_MAX = 30_000;
/** The longest a slow answer may be asked to wait. */
const SLOW_MAX = 10_000;
/** A redirect loop gives up (508) after this many hops, should a client follow them forever. */
const MAX_HOPS = 40;
/** Keys remembered for flaky routes and request counts; the oldest are forgotten first. */
const MAX_KEYS = 1000;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Requests seen per `key` query parameter, so tests can tell a refusal from a request that never left. */
const seen = new Map();

function remember(key) {
  if (!key) return 0;
  const count = (seen.get(key) ?? 0) + 1;
  seen.delete(key);
  seen.set(key, count);
  if (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value);
  return count;
}

const event = (id, title, date, extra = {}) => ({ id, title, date, kind: 'cable', ...extra });

/** The dataset every route sends when it does answer. */
const GOOD_DATASET = {
  title: 'Network test: the dataset that arrived',
  events: [
    event('arrived-first', 'The first cable that arrived', '1945-07-01'),
    event('arrived-second', 'The second cable that arrived', '1945-07-02'),
  ],
};

/** What the slow route sends, late. */
const SLOW_DATASET = {
  title: 'Network test: the slow dataset',
  events: [event('slow-only', 'A cable from the slow dataset', '1945-08-14')],
};

const TRANSCRIPT = 'This morning I called on Soong at his request. He told me of his talk with Stalin last night.\n';

const WEB_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Page not found – Museum</title></head>\n' +
  '<body><h1>Sorry, this page has moved</h1><p>Try our new collection website.</p></body></html>\n';

const FAILURES = ['404', '500', 'html', 'empty', 'cut', 'never-ends', 'redirect-loop', 'cors', 'flaky'];

/** A dataset whose events each have a transcript that fails one way, plus one that loads. */
function transcriptsDataset(key) {
  const query = key ? `?key=${encodeURIComponent(key)}` : '';
  return {
    title: 'Network test: transcripts that fail',
    events: [
      event('transcript-ok', 'A cable whose transcript arrives', '1945-06-29', {
        source: { title: 'A good transcript', url: 'https://example.org/original/ok', transcript: `ok${query}` },
      }),
      ...FAILURES.map((failure, index) =>
        event(`transcript-${failure}`, `A cable whose transcript fails: ${failure}`, `1945-07-${String(index + 1).padStart(2, '0')}`, {
          source: { title: `Original ${failure}`, url: `https://example.org/original/${failure}`, transcript: `${failure}${query}` },
        }),
      ),
    ],
  };
}

/** Resolves after `ms`, or early (to false) when the client goes away: nothing waits for nobody. */
function wait(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    timer.unref();
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** Writes the headers and the first part of `body` ourselves; `finish` decides what happens next. */
function startRaw(ctx, type, headers, firstPart) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  ctx.res.write(firstPart);
}

/** The other loopback name for the same server: a different origin for the browser. */
function otherOrigin(ctx) {
  const other = ctx.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${ctx.protocol}://${other}:${ctx.URL.port || (ctx.protocol === 'https' ? 443 : 80)}`;
}

async function misbehave(ctx, name, text) {
  const type = text ? 'text/plain; charset=utf-8' : 'application/json';
  const good = text ? TRANSCRIPT : JSON.stringify(GOOD_DATASET, null, 2);
  const send = (status, body, bodyType = type) => {
    ctx.status = status;
    ctx.type = bodyType;
    ctx.body = body;
  };
  switch (name) {
    case 'ok':
      return send(200, good);
    case '404':
      return send(404, 'Not Found', 'text/plain');
    case '500':
      return send(500, 'Internal Server Error', 'text/plain');
    case 'html':
      return send(200, WEB_PAGE, 'text/html; charset=utf-8');
    case 'empty':
      return send(200, '');
    case 'cut': {
      // Promise the whole file, send half, then drop the connection.
      const bytes = Buffer.from(good);
      startRaw(ctx, type, { 'Content-Length': String(bytes.length) }, bytes.subarray(0, bytes.length >> 1));
      if (await wait(ctx, 50)) ctx.req.socket.destroy();
      return undefined;
    }
    case 'never-ends': {
      startRaw(ctx, type, {}, good.slice(0, 20));
      if (await wait(ctx, NEVER_ENDS_MAX)) ctx.req.socket.destroy();
      return undefined;
    }
    case 'redirect-loop': {
      const hop = Number(ctx.query.hop) || 0;
      if (hop >= MAX_HOPS) return send(508, 'Loop Detected', 'text/plain');
      const next = new URLSearchParams(ctx.querystring);
      next.set('hop', String(hop + 1));
      ctx.status = 302;
      ctx.set('Location', `${ctx.path}?${next}`);
      return undefined;
    }
    case 'cors': {
      // Asked from another origin: answer, but without Access-Control-Allow-Origin, so the browser refuses
      // to hand the answer to the page. Asked from the same origin: send the browser to the other one.
      const origin = ctx.get('Origin');
      if (origin && origin !== ctx.origin) return send(200, good);
      ctx.status = 302;
      ctx.set('Location', `${otherOrigin(ctx)}${ctx.url}`);
      return undefined;
    }
    case 'slow': {
      const ms = Math.min(Math.max(Number(ctx.query.ms) || 0, 0), SLOW_MAX);
      if (!(await wait(ctx, ms))) {
        // The client gave up (a newer src aborted it): nothing to send, and not a 404 either.
        ctx.status = 499;
        ctx.respond = false;
        return undefined;
      }
      return send(200, text ? TRANSCRIPT : JSON.stringify(SLOW_DATASET));
    }
    case 'flaky': {
      // Fails the first time its key is asked for, answers after: what Retry is for.
      const key = typeof ctx.query.key === 'string' ? ctx.query.key : '';
      if (!key) return send(400, 'flaky needs ?key=… so that tests do not share its state', 'text/plain');
      return remember(`flaky ${text ? 'transcript' : 'dataset'} ${key}`) === 1 ? send(500, 'Internal Server Error', 'text/plain') : send(200, good);
    }
    default:
      return send(404, `No such misbehaviour: ${name}`, 'text/plain');
  }
}

/** Web-test-runner middleware: answers /misbehave/… badly on purpose, passes everything else on. */
export async function misbehaving(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  if (!LOOPBACK.has(ctx.req.socket.remoteAddress)) {
    ctx.status = 403;
    ctx.body = 'The misbehaving test server answers only this machine.';
    return undefined;
  }
  const key = typeof ctx.query.key === 'string' ? ctx.query.key : '';
  if (ctx.path !== `${PREFIX}seen`) remember(key);
  ctx.set('Cache-Control', 'no-store');
  const route = ctx.path.slice(PREFIX.length);
  if (route === 'seen') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ key, count: seen.get(key) ?? 0 });
    return undefined;
  }
  if (route === 'transcripts/dataset') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(transcriptsDataset(key));
    return undefined;
  }
  const text = route.startsWith('transcripts/');
  return misbehave(ctx, text ? route.slice('transcripts/'.length) : route, text);
}

export default misbehaving;
