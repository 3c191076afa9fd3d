import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { monthsBetween, previousYearPeriod } from './periods.js';

describe('monthsBetween', () => {
  it('lists the months a period touches', () => {
    expect(monthsBetween('2024-11-15', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-01-01', '2025-01-31')).toEqual(['2025-01']);
    expect(monthsBetween('2025-02-01', '2025-01-31')).toEqual([]);
    expect(() => monthsBetween('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });

  it('has no gaps and ends in the last month (property)', () => {
    const date = fc.integer({ min: 0, max: 6000 }).map((n) => addDays('2010-01-01', n));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1500 }), (from, days) => {
        const to = addDays(from, days);
        const months = monthsBetween(from, to);
        expect(months[0]).toBe(from.slice(0, 7));
        expect(months.at(-1)).toBe(to.slice(0, 7));
        for (let i = 1; i < months.length; i++)
          expect(monthsBetween(`${months[i - 1]}-28`, `${months[i]}-01`)).toHaveLength(2);
      }),
    );
  });
});

describe('previousYearPeriod', () => {
  it('shifts a period back one year, 29 February to 28 February', () => {
    expect(previousYearPeriod('2025-01-01', '2025-06-30')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(previousYearPeriod('2024-02-01', '2024-02-29')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });
});
