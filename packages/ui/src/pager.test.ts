import { describe, expect, it } from 'vitest';
import { pagerEntries, totalPages } from './pager.js';

const numbers = (entries: ReturnType<typeof pagerEntries>) => entries.map((e) => (e.kind === 'page' ? e.page : '…'));

describe('totalPages', () => {
  it('is at least one page, even when empty', () => {
    expect(totalPages(0, 20)).toBe(1);
    expect(totalPages(20, 20)).toBe(1);
    expect(totalPages(21, 20)).toBe(2);
  });
});

describe('pagerEntries', () => {
  it('lists every page when there are few', () => {
    expect(numbers(pagerEntries(1, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and a window around the current page with gaps', () => {
    expect(numbers(pagerEntries(10, 20))).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 20]);
  });

  it('fills a one-page gap with the page itself', () => {
    expect(numbers(pagerEntries(4, 20))).toEqual([1, 2, 3, 4, 5, 6, '…', 20]);
  });

  it('handles a single page', () => {
    expect(numbers(pagerEntries(1, 1))).toEqual([1]);
  });
});
