/** Statistics periods: inclusive 'YYYY-MM-DD' ranges, grouped by month. */
import { isLegalDate } from '../dates.js';

function checkDate(date: string): void {
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
}

/** The months ('YYYY-MM') a period touches, in order; [] when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  checkDate(from);
  checkDate(to);
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

function yearBefore(date: string): string {
  const shifted = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return isLegalDate(shifted) ? shifted : shifted.replace(/-29$/, '-28');
}

/** The same period one year earlier (29 February becomes 28 February). */
export function previousYearPeriod(from: string, to: string): { from: string; to: string } {
  checkDate(from);
  checkDate(to);
  return { from: yearBefore(from), to: yearBefore(to) };
}
