/**
 * Working-day arithmetic for legal periods: "within N working days of receipt" does not count the
 * day of receipt, skips weekends and holidays and counts 调休 weekend working days.
 */
import { addDays } from '../dates.js';
import { catchCalendarGap, isWorkingDay, type Calendar, type CalendarGapResult } from '../calendar/calendar.js';

/** The N-th working day after `date` (the start day not counted; n = 0 gives `date`). Throws on a gap. */
export function nthWorkingDayAfter(cal: Calendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0: ${n}`);
  isWorkingDay(cal, date); // a start date in a year without data is flagged too
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(cal, day)) counted++;
  }
  return day;
}

/** Working days in (from, to]: `from` excluded, `to` included; negative when `to` is before `from`. Throws on a gap. */
export function workingDaysBetween(cal: Calendar, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(cal, to, from);
  isWorkingDay(cal, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(cal, day)) count++;
  return count;
}

export function addWorkingDays(cal: Calendar, date: string, n: number): { ok: true; date: string } | CalendarGapResult {
  return catchCalendarGap(() => ({ ok: true as const, date: nthWorkingDayAfter(cal, date, n) }));
}

export function countWorkingDays(
  cal: Calendar,
  from: string,
  to: string,
): { ok: true; count: number } | CalendarGapResult {
  return catchCalendarGap(() => ({ ok: true as const, count: workingDaysBetween(cal, from, to) }));
}
