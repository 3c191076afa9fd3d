import { describe, expect, it } from 'vitest';
import { positiveInt, withQuery, yearParam } from './url.js';

describe('withQuery', () => {
  it('leaves out empty parameters and page 1', () => {
    expect(withQuery('/search', { q: '报告', org: '', year: undefined, page: 1 })).toBe('/search?q=%E6%8A%A5%E5%91%8A');
  });

  it('keeps other pages and numbers', () => {
    expect(withQuery('/column/zwdt', { year: 2015, page: 3 })).toBe('/column/zwdt?year=2015&page=3');
  });

  it('returns the bare path without parameters', () => {
    expect(withQuery('/gk', {})).toBe('/gk');
  });
});

describe('positiveInt', () => {
  it('accepts positive whole numbers only', () => {
    expect(positiveInt('12')).toBe(12);
    expect(positiveInt('0')).toBeUndefined();
    expect(positiveInt('-1')).toBeUndefined();
    expect(positiveInt('1e3')).toBeUndefined();
    expect(positiveInt(null)).toBeUndefined();
  });
});

describe('yearParam', () => {
  it('accepts four-digit years only', () => {
    expect(yearParam('2021')).toBe(2021);
    expect(yearParam('0999')).toBeUndefined();
    expect(yearParam('21')).toBeUndefined();
    expect(yearParam('2021x')).toBeUndefined();
    expect(yearParam('')).toBeUndefined();
    expect(yearParam(null)).toBeUndefined();
  });
});
