import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isLegalDate, shanghaiDate, shanghaiDayStart, shanghaiTime, shanghaiYear } from './dates.js';

describe('Shanghai dates', () => {
  it('uses +08:00 whatever the machine time zone', () => {
    expect(shanghaiDate('2015-12-31T15:59:59Z')).toBe('2015-12-31');
    expect(shanghaiDate('2015-12-31T16:00:00Z')).toBe('2016-01-01');
    expect(shanghaiYear(new Date('2015-12-31T16:00:00Z'))).toBe(2016);
    expect(shanghaiTime('2024-03-01T01:05:00Z')).toBe('09:05');
    expect(shanghaiDayStart('2016-01-01')).toBe('2015-12-31T16:00:00.000Z');
  });

  it('refuses invalid instants', () => {
    expect(() => shanghaiDate('not a date')).toThrow(RangeError);
  });

  it('knows real calendar dates', () => {
    expect(isLegalDate('2016-02-29')).toBe(true);
    expect(isLegalDate('2015-02-29')).toBe(false);
    expect(isLegalDate('2015-13-01')).toBe(false);
    expect(isLegalDate('2015-1-01')).toBe(false);
    expect(isLegalDate('2015-01-01T00:00:00Z')).toBe(false);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(() => addDays('2015-02-30', 1)).toThrow(RangeError);
  });

  it('addDays then subtracting gives the date back, and the day start maps to the same date (property)', () => {
    const date = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(isLegalDate(addDays(d, n))).toBe(true);
        expect(shanghaiDate(shanghaiDayStart(d))).toBe(d);
      }),
    );
  });
});
