import { describe, expect, it } from 'vitest';
import { intParam, textParam, withPage } from './search-params.js';

describe('search params', () => {
  const p = new URLSearchParams('page=3&year=&categoryId=x&q=%20%E5%85%AC%E5%BC%80%20&n=0');

  it('reads positive integers only', () => {
    expect(intParam(p, 'page')).toBe(3);
    expect(intParam(p, 'year')).toBeUndefined();
    expect(intParam(p, 'categoryId')).toBeUndefined();
    expect(intParam(p, 'n')).toBeUndefined();
    expect(intParam(p, 'missing')).toBeUndefined();
  });

  it('trims text and drops empty values', () => {
    expect(textParam(p, 'q')).toBe('公开');
    expect(textParam(p, 'year')).toBeUndefined();
  });

  it('changes the page and keeps the filters', () => {
    const url = new URL('http://x/publications?status=draft&page=2');
    expect(withPage(url, 3)).toBe('/publications?status=draft&page=3');
    expect(withPage(url, 1)).toBe('/publications?status=draft');
  });
});
