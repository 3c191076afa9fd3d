import { describe, expect, it } from 'vitest';
import { hotlineFilters, withYear } from './filters.js';

// 2026-12-31T17:00Z is already 2027-01-01 in Shanghai.
const now = new Date('2026-12-31T17:00:00Z');

describe('hotlineFilters', () => {
  it('reads the month, the search and the page; the counts follow the month', () => {
    const f = hotlineFilters(new URLSearchParams('month=2025-03&q=%20%E5%81%9C%E6%B0%B4%20&page=2'), now);
    expect(f).toEqual({ list: { month: '2025-03', q: '停水', page: 2 }, year: 2025 });
  });

  it('lists every month and counts this Shanghai year by default', () => {
    expect(hotlineFilters(new URLSearchParams('month=2025-13&page=x'), now)).toEqual({
      list: { month: undefined, q: undefined, page: 1 },
      year: 2027,
    });
  });

  it('takes the year asked for, four digits only', () => {
    expect(hotlineFilters(new URLSearchParams('month=2025-03&year=2024'), now).year).toBe(2024);
    expect(hotlineFilters(new URLSearchParams('year=99999'), now).year).toBe(2027);
  });
});

describe('withYear', () => {
  it('changes the year and keeps the filters', () => {
    expect(withYear(new URL('http://x/hotline?month=2025-03&year=2025'), 2024)).toBe(
      '/hotline?month=2025-03&year=2024',
    );
  });
});
