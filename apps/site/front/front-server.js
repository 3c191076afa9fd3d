// @ts-check
import http from 'node:http';
import { cacheKey, isCacheableRequest, isCacheableResponse, viewedPublicationId } from './cacheable.js';
import { CONTENT_VERSION_HEADER } from './content-version.js';
import { etagMatches } from './etag.js';
import { BoundedLru } from './lru.js';
import { ViewBuffer } from './view-buffer.js';

/**
 * @typedef {{ status: number, headers: http.OutgoingHttpHeaders, body: Buffer }} CachedPage
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void} NodeHandler
 */

/** Headers a 304 repeats from the full response (RFC 9110 §15.4.5). */
const NOT_MODIFIED_HEADERS = ['etag', 'cache-control', 'vary', 'content-location', 'date', 'expires'];

/**
 * The public site's front server: a plain Node server in front of SvelteKit's handler that keeps
 * rendered anonymous pages in memory, answers `If-None-Match`, drops every page when the API's
 * content version changes (so all site processes invalidate together), and counts document views.
 *
 * @param {{
 *   handler: NodeHandler,
 *   apiUrl: string,
 *   internalToken: () => string,
 *   maxEntries?: number,
 *   maxBytes?: number,
 *   versionPollMs?: number,
 *   viewFlushMs?: number,
 *   log?: (message: string) => void,
 * }} options
 */
export function createFrontServer(options) {
  const cache = /** @type {BoundedLru<CachedPage>} */ (
    new BoundedLru({ maxEntries: options.maxEntries ?? 2000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 })
  );
  const views = new ViewBuffer();
  const log = options.log ?? ((message) => console.error(message));
  /** Bumped on every invalidation: a page rendered before it must not be stored after it. */
  let generation = 0;
  /** @type {number | string | null} */
  let contentVersion = null;

  const apiHeaders = () => ({ 'x-internal-token': options.internalToken() });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  function handle(req, res) {
    const url = req.url ?? '/';
    if (contentVersion === null) delete req.headers[CONTENT_VERSION_HEADER];
    else req.headers[CONTENT_VERSION_HEADER] = String(contentVersion);
    if (!isCacheableRequest(req)) {
      options.handler(req, res);
      return;
    }
    const viewed = viewedPublicationId(url);
    const key = cacheKey(url, req.headers.cookie);
    const ifNoneMatch = req.headers['if-none-match'];
    const hit = cache.get(key);
    if (hit) {
      if (viewed !== null) views.add(viewed);
      send(res, hit, ifNoneMatch, 'hit');
      return;
    }
    // Render in full even when the browser holds a copy, so the page can be stored; the 304 is
    // decided here afterwards.
    delete req.headers['if-none-match'];
    const started = generation;
    captureResponse(res, (page) => {
      if (started === generation && isCacheableResponse(page.status, page.headers, page.body.length)) {
        cache.set(key, page, page.body.length + 512);
      }
      if (viewed !== null && page.status === 200) views.add(viewed);
      send(res, page, ifNoneMatch, 'miss');
    });
    options.handler(req, res);
  }

  function invalidate() {
    generation++;
    cache.clear();
  }

  async function pollVersion() {
    try {
      const response = await fetch(`${options.apiUrl}/version`, { headers: apiHeaders() });
      if (!response.ok) return;
      const { version } = /** @type {{ version: number | string }} */ (await response.json());
      if (version !== contentVersion) {
        if (contentVersion !== null) invalidate();
        contentVersion = version;
      }
    } catch {
      // API unreachable: keep serving what we have; the next answer decides.
    }
  }

  async function flushViews() {
    const batch = views.drain();
    if (batch.length === 0) return;
    try {
      const response = await fetch(`${options.apiUrl}/views`, {
        method: 'POST',
        headers: { ...apiHeaders(), 'content-type': 'application/json' },
        body: JSON.stringify({ views: batch }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      views.restore(batch);
      log(`[site] view counts not sent, kept for the next flush: ${String(error)}`);
    }
  }

  const server = http.createServer(handle);
  /** @type {NodeJS.Timeout[]} */
  let timers = [];
  let polling = false;

  return {
    server,
    cache,
    views,
    invalidate,
    flushViews,
    pollVersion,
    /** Starts the version poll and the view flush timers. */
    startTimers() {
      timers = [
        setInterval(() => {
          // One poll at a time: a slow API must not pile up requests.
          if (polling) return;
          polling = true;
          void pollVersion().finally(() => (polling = false));
        }, options.versionPollMs ?? 1000),
        setInterval(() => void flushViews(), options.viewFlushMs ?? 5000),
      ];
      void pollVersion();
    },
    /** Stops the timers and sends the views still buffered. */
    async stop() {
      for (const timer of timers) clearInterval(timer);
      timers = [];
      await flushViews();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * Sends a page, or 304 when the browser's copy is current.
 *
 * @param {http.ServerResponse} res
 * @param {CachedPage} page
 * @param {string | undefined} ifNoneMatch
 * @param {'hit' | 'miss'} state
 */
function send(res, page, ifNoneMatch, state) {
  res.setHeader('x-page-cache', state);
  const etag = page.headers.etag;
  if (page.status === 200 && typeof etag === 'string' && etagMatches(ifNoneMatch, etag)) {
    /** @type {http.OutgoingHttpHeaders} */
    const headers = {};
    for (const name of NOT_MODIFIED_HEADERS) {
      if (page.headers[name] !== undefined) headers[name] = page.headers[name];
    }
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(page.status, page.headers);
  res.end(page.body);
}

/**
 * Buffers what SvelteKit's handler writes to `res` (it uses setHeader, writeHead, write and end)
 * instead of sending it, then hands the whole response to `done`, with the methods restored.
 *
 * @param {http.ServerResponse} res
 * @param {(page: CachedPage) => void} done
 */
function captureResponse(res, done) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  /** @type {Buffer[]} */
  const chunks = [];
  const toBuffer = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8');

  res.writeHead = /** @type {typeof res.writeHead} */ (
    (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) => {
      res.statusCode = status;
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
      if (headers && !Array.isArray(headers)) {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, /** @type {string} */ (value));
      }
      return res;
    }
  );
  res.write = /** @type {typeof res.write} */ (
    (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) => {
      chunks.push(toBuffer(chunk, encoding));
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') queueMicrotask(() => cb());
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
      res.writeHead = original.writeHead;
      res.write = original.write;
      res.end = original.end;
      const headers = res.getHeaders();
      // The stored headers are replayed on hits; drop the framing ones Node recomputes.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      delete headers.connection;
      done({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      const cb = [chunk, encoding, callback].find((arg) => typeof arg === 'function');
      if (typeof cb === 'function') queueMicrotask(() => cb());
      return res;
    }
  );
}
