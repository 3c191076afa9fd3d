// @ts-check
import { describe, expect, it } from 'vitest';
import { etagMatches, etagOf } from './etag.js';

describe('etag', () => {
  it('is stable for the same bytes and differs otherwise', () => {
    expect(etagOf('<p>公开</p>')).toBe(etagOf(new TextEncoder().encode('<p>公开</p>')));
    expect(etagOf('a')).not.toBe(etagOf('b'));
    expect(etagOf('a')).toMatch(/^"[\w-]+"$/);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const tag = etagOf('page');
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches(`W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(undefined, tag)).toBe(false);
  });
});
