import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, isWeekend, isWorkingDay } from '../calendar/calendar.js';
import { OFFICIAL_DAYS } from '../calendar/official-days.js';
import { addDays } from '../dates.js';
import { addWorkingDays, countWorkingDays, nthWorkingDayAfter, workingDaysBetween } from './working-days.js';

const cal = createCalendar(OFFICIAL_DAYS);

/** An independent model of the notices: a day is worked if it is a 调休 day, or a weekday that is no holiday. */
const holidays = new Set(OFFICIAL_DAYS.flatMap((y) => Object.keys(y.holidays)));
const worked = new Set(OFFICIAL_DAYS.flatMap((y) => Object.keys(y.workingWeekends)));
const modelWorking = (d: string) => worked.has(d) || (!holidays.has(d) && !isWeekend(d));

// Start dates 2004 .. late 2025, so that 200 working days stay inside the data.
const startDate = fc.integer({ min: 0, max: 8000 }).map((n) => addDays('2004-01-01', n));
const days = fc.integer({ min: 0, max: 200 });

describe('addWorkingDays / countWorkingDays', () => {
  it('does not count the start day', () => {
    // 2026-01-05 is a Monday: 1 working day later is Tuesday.
    expect(addWorkingDays(cal, '2026-01-05', 1)).toEqual({ ok: true, date: '2026-01-06' });
    expect(addWorkingDays(cal, '2026-01-05', 0)).toEqual({ ok: true, date: '2026-01-05' });
    // Friday 2026-02-13 + 1: Sat 02-14 is a 调休 working day.
    expect(addWorkingDays(cal, '2026-02-13', 1)).toEqual({ ok: true, date: '2026-02-14' });
    // Sat 02-14 + 1: 02-15..02-23 is 春节, so Tue 02-24.
    expect(addWorkingDays(cal, '2026-02-14', 1)).toEqual({ ok: true, date: '2026-02-24' });
    expect(countWorkingDays(cal, '2026-02-13', '2026-02-24')).toEqual({ ok: true, count: 2 });
    expect(countWorkingDays(cal, '2026-02-24', '2026-02-13')).toEqual({ ok: true, count: -2 });
  });

  it('flags a span reaching into a year without data', () => {
    expect(addWorkingDays(cal, '2026-12-28', 5)).toMatchObject({ ok: false, code: 'calendar_gap', year: 2027 });
    expect(addWorkingDays(cal, '2027-01-04', 0)).toMatchObject({ ok: false, code: 'calendar_gap', year: 2027 });
    expect(countWorkingDays(cal, '2026-12-01', '2027-01-10')).toMatchObject({ ok: false, year: 2027 });
    expect(countWorkingDays(cal, '2003-12-20', '2004-01-10')).toMatchObject({ ok: false, year: 2003 });
  });

  it('rejects a negative or fractional n', () => {
    expect(() => addWorkingDays(cal, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-01-05', 1.5)).toThrow(RangeError);
  });

  it('never goes back, grows with n, and lands on a working day (property)', () => {
    fc.assert(
      fc.property(startDate, days, days, (d, n, m) => {
        const a = nthWorkingDayAfter(cal, d, Math.min(n, m));
        const b = nthWorkingDayAfter(cal, d, Math.max(n, m));
        expect(a >= d).toBe(true);
        expect(a <= b).toBe(true);
        if (n > 0) expect(isWorkingDay(cal, nthWorkingDayAfter(cal, d, n))).toBe(true);
        if (n !== m) expect(a < b).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('count(d, add(d, n)) === n (property)', () => {
    fc.assert(
      fc.property(startDate, days, (d, n) => {
        expect(workingDaysBetween(cal, d, nthWorkingDayAfter(cal, d, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('skips every holiday and counts every 调休 working day in the span (property)', () => {
    fc.assert(
      fc.property(startDate, days, (d, n) => {
        const end = nthWorkingDayAfter(cal, d, n);
        let counted = 0;
        for (let day = addDays(d, 1); day <= end; day = addDays(day, 1)) {
          if (holidays.has(day)) expect(isWorkingDay(cal, day)).toBe(false);
          if (worked.has(day)) expect(isWorkingDay(cal, day)).toBe(true);
          if (modelWorking(day)) counted++;
        }
        expect(counted).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
