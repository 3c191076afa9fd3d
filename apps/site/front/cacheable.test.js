// @ts-check
import { describe, expect, it } from 'vitest';
import { cacheKey, isCacheableRequest, isCacheableResponse, viewedPublicationId } from './cacheable.js';
import { modeFromCookieHeader, normalizeMode } from './mode.js';

describe('cacheKey', () => {
  it('varies by URL and display mode only', () => {
    expect(cacheKey('/info/1', undefined)).toBe(cacheKey('/info/1', 'other=1'));
    expect(cacheKey('/info/1', 'gk_mode=care')).not.toBe(cacheKey('/info/1', undefined));
    expect(cacheKey('/info/1', 'a=b; gk_mode=care')).toBe('care /info/1');
    // A forged cookie value cannot create new keys.
    expect(cacheKey('/info/1', 'gk_mode=xyz')).toBe(cacheKey('/info/1', undefined));
  });
});

describe('mode', () => {
  it('treats anything but care as standard', () => {
    expect(normalizeMode('care')).toBe('care');
    expect(normalizeMode('CARE')).toBe('standard');
    expect(normalizeMode(undefined)).toBe('standard');
    expect(modeFromCookieHeader('gk_mode_x=care')).toBe('standard');
  });
});

describe('isCacheableRequest', () => {
  const req = (/** @type {string} */ method, /** @type {string} */ url, headers = {}) => ({ method, url, headers });

  it('accepts anonymous page GETs', () => {
    expect(isCacheableRequest(req('GET', '/'))).toBe(true);
    expect(isCacheableRequest(req('GET', '/search?q=%E6%8A%A5%E5%91%8A'))).toBe(true);
  });

  it('refuses other methods, assets, files, the mode switch and credentials', () => {
    expect(isCacheableRequest(req('POST', '/'))).toBe(false);
    expect(isCacheableRequest(req('HEAD', '/'))).toBe(false);
    expect(isCacheableRequest(req('GET', '/_app/immutable/x.css'))).toBe(false);
    expect(isCacheableRequest(req('GET', '/files/3'))).toBe(false);
    expect(isCacheableRequest(req('GET', '/info/3?mode=care'))).toBe(false);
    expect(isCacheableRequest(req('GET', '/', { authorization: 'Basic x' }))).toBe(false);
  });
});

describe('isCacheableResponse', () => {
  const publicPage = { 'cache-control': 'public, max-age=0, must-revalidate', 'content-type': 'text/html' };

  it('stores public 200s without cookies', () => {
    expect(isCacheableResponse(200, publicPage, 1000)).toBe(true);
  });

  it('refuses errors, redirects, cookies, private and oversized responses', () => {
    expect(isCacheableResponse(404, publicPage, 10)).toBe(false);
    expect(isCacheableResponse(303, publicPage, 0)).toBe(false);
    expect(isCacheableResponse(200, { ...publicPage, 'set-cookie': ['a=b'] }, 10)).toBe(false);
    expect(isCacheableResponse(200, { 'cache-control': 'private' }, 10)).toBe(false);
    expect(isCacheableResponse(200, {}, 10)).toBe(false);
    expect(isCacheableResponse(200, publicPage, 10 * 1024 * 1024)).toBe(false);
  });
});

describe('viewedPublicationId', () => {
  it('recognizes document pages only', () => {
    expect(viewedPublicationId('/info/42')).toBe(42);
    expect(viewedPublicationId('/info/42?x=1')).toBe(42);
    expect(viewedPublicationId('/info/42/revision/1')).toBeNull();
    expect(viewedPublicationId('/info/abc')).toBeNull();
    expect(viewedPublicationId('/column/zwdt')).toBeNull();
  });
});
