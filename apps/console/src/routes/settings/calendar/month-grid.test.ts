import { describe, expect, it } from 'vitest';
import { weeksOf } from './month-grid';

const month = (year: number, m: number, length: number) =>
  Array.from({ length }, (_, i) => ({
    date: `${year}-${String(m).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
  }));

describe('weeksOf', () => {
  it('starts weeks on Monday and pads both ends', () => {
    // 2026-03-01 is a Sunday: six empty cells before it.
    const weeks = weeksOf(month(2026, 3, 31));
    expect(weeks).toHaveLength(6);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01' });
    expect(weeks[5]!.map((d) => d?.date ?? null)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
  });

  it('needs no padding for a February from Monday to Sunday', () => {
    // 2027-02-01 is a Monday and the month has 28 days.
    const weeks = weeksOf(month(2027, 2, 28));
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d !== null)).toBe(true);
  });
});
