// @ts-check
import { modeFromCookieHeader } from './mode.js';

/** Paths never kept in the page cache: hashed static assets (sirv serves them fast already) and attachments (large, streamed). */
const UNCACHED_PREFIXES = ['/_app/', '/files/'];

/** The largest response worth keeping (a document page is far smaller). */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * Whether a request may be answered from, and stored into, the page cache: anonymous GETs of
 * pages. The `?mode=` switch sets a cookie and is never cached.
 *
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function isCacheableRequest(req) {
  if (req.method !== 'GET' || !req.url) return false;
  if (req.headers.authorization) return false;
  if (UNCACHED_PREFIXES.some((prefix) => req.url?.startsWith(prefix))) return false;
  return !/[?&]mode=/.test(req.url);
}

/**
 * Whether a rendered response may be shared with other visitors: a 200 the app itself marked
 * `public`, with no cookie.
 *
 * @param {number} status
 * @param {Record<string, unknown>} headers lower-case names, as `res.getHeaders()` returns them
 * @param {number} size body bytes
 */
export function isCacheableResponse(status, headers, size) {
  if (status !== 200 || size > MAX_ENTRY_BYTES) return false;
  if (headers['set-cookie'] !== undefined) return false;
  const cacheControl = String(headers['cache-control'] ?? '');
  return /\bpublic\b/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

/**
 * The cache key: everything that changes the HTML of an anonymous page, i.e. the URL and the
 * display mode.
 *
 * @param {string} url path and query as received
 * @param {string | undefined} cookieHeader
 */
export function cacheKey(url, cookieHeader) {
  return `${modeFromCookieHeader(cookieHeader)} ${url}`;
}

/**
 * The publication whose page this URL shows (`/info/123`, query allowed), or null; revisions and
 * other sub-pages are not views of the document.
 *
 * @param {string} url
 */
export function viewedPublicationId(url) {
  const match = /^\/info\/(\d{1,15})\/?(?:\?|$)/.exec(url);
  return match ? Number(match[1]) : null;
}
