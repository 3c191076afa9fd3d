// @ts-check
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_VERSION_HEADER } from './content-version.js';
import { etagOf } from './etag.js';
import { createFrontServer } from './front-server.js';

/** @param {http.Server} server */
const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)),
  );

// A stand-in for SvelteKit's handler, writing the way `setResponse` does.
let renders = 0;
/** @type {string | string[] | undefined} */
let seenVersion;
/** @type {import('./front-server.js').NodeHandler} */
const handler = (req, res) => {
  renders++;
  seenVersion = req.headers[CONTENT_VERSION_HEADER];
  const mode = /gk_mode=care/.test(req.headers.cookie ?? '') ? 'care' : 'standard';
  const body = `<html class="${mode}">${req.url}</html>`;
  if (req.url === '/missing') {
    res.setHeader('content-type', 'text/html');
    res.writeHead(404);
    res.end('not found');
    return;
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
  res.setHeader('etag', etagOf(body));
  res.writeHead(200);
  setTimeout(() => {
    res.write(Buffer.from(body.slice(0, 5)));
    res.write(new TextEncoder().encode(body.slice(5)));
    res.end();
  }, 5);
};

// A stand-in for the API server's /version and /views.
let version = 1;
/** @type {unknown[]} */
const posted = [];
const apiServer = http.createServer((req, res) => {
  if (req.url === '/version') {
    res.end(JSON.stringify({ version }));
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    posted.push({ token: req.headers['x-internal-token'], body: JSON.parse(body) });
    res.end('{"ok":true}');
  });
});

/** @type {ReturnType<typeof createFrontServer>} */
let front;
let base = '';

beforeAll(async () => {
  const apiPort = await listen(apiServer);
  front = createFrontServer({
    handler,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    internalToken: () => 'secret',
    log: () => {},
  });
  base = `http://127.0.0.1:${await listen(front.server)}`;
  await front.pollVersion();
});

afterAll(async () => {
  await front.stop();
  await new Promise((resolve) => apiServer.close(resolve));
});

describe('front server', () => {
  it('renders once, then serves the stored page', async () => {
    const before = renders;
    const first = await fetch(`${base}/gk`);
    const second = await fetch(`${base}/gk`);
    expect(first.headers.get('x-page-cache')).toBe('miss');
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(await second.text()).toBe('<html class="standard">/gk</html>');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(renders - before).toBe(1);
  });

  it('answers If-None-Match with 304, on a miss as on a hit', async () => {
    const etag = etagOf('<html class="standard">/etag</html>');
    const miss = await fetch(`${base}/etag`, { headers: { 'if-none-match': etag } });
    expect(miss.status).toBe(304);
    const hit = await fetch(`${base}/etag`, { headers: { 'if-none-match': etag } });
    expect(hit.status).toBe(304);
    expect(hit.headers.get('etag')).toBe(etag);
    const stale = await fetch(`${base}/etag`, { headers: { 'if-none-match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('keeps the large-font mode apart', async () => {
    await fetch(`${base}/mode`);
    const care = await fetch(`${base}/mode`, { headers: { cookie: 'gk_mode=care' } });
    expect(await care.text()).toContain('class="care"');
  });

  it('passes errors through without storing them', async () => {
    const before = renders;
    expect((await fetch(`${base}/missing`)).status).toBe(404);
    expect((await fetch(`${base}/missing`)).status).toBe(404);
    expect(renders - before).toBe(2);
  });

  it('drops every page when the content version changes', async () => {
    await fetch(`${base}/version-test`);
    expect(front.cache.size).toBeGreaterThan(0);
    version = 2;
    await front.pollVersion();
    expect(front.cache.size).toBe(0);
    expect((await fetch(`${base}/version-test`)).headers.get('x-page-cache')).toBe('miss');
  });

  it('tells the app the content version it saw, whatever the visitor sends', async () => {
    await fetch(`${base}/version-header`, { headers: { [CONTENT_VERSION_HEADER]: '999' } });
    expect(seenVersion).toBe(String(version));
    await fetch(`${base}/files/1`, { headers: { [CONTENT_VERSION_HEADER]: '999' } });
    expect(seenVersion).toBe(String(version));
  });

  it('counts document views on misses and hits, and sends them to the API', async () => {
    await fetch(`${base}/info/7`);
    await fetch(`${base}/info/7`);
    await fetch(`${base}/info/7/revision/1`);
    await front.flushViews();
    expect(posted.at(-1)).toEqual({ token: 'secret', body: { views: [{ id: 7, n: 2 }] } });
  });
});
