// @ts-check
import { createHash } from 'node:crypto';

/**
 * A strong entity tag over the exact bytes of a response body.
 *
 * @param {Uint8Array | string} body
 */
export function etagOf(body) {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Whether an `If-None-Match` header matches an entity tag, by weak comparison as RFC 9110 asks
 * for `If-None-Match` (a `W/` prefix is ignored on both sides).
 *
 * @param {string | null | undefined} ifNoneMatch
 * @param {string | null | undefined} etag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === wanted);
}
