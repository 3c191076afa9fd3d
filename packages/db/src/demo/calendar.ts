/**
 * Working days for spreading demo dates. The 2015 holidays and 调休 working weekends follow the
 * State Council's notice for 2015; other years use Monday to Friday (good enough for demo data,
 * which never feeds a legal deadline).
 */
const HOLIDAYS_2015 = new Set([
  '2015-01-01',
  '2015-01-02',
  '2015-02-18',
  '2015-02-19',
  '2015-02-20',
  '2015-02-23',
  '2015-02-24',
  '2015-04-06',
  '2015-05-01',
  '2015-06-22',
  '2015-09-03',
  '2015-09-04',
  '2015-10-01',
  '2015-10-02',
  '2015-10-05',
  '2015-10-06',
  '2015-10-07',
]);
const WORKED_WEEKENDS_2015 = new Set(['2015-01-04', '2015-02-15', '2015-02-28', '2015-09-06', '2015-10-10']);

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  if (HOLIDAYS_2015.has(day)) return false;
  if (WORKED_WEEKENDS_2015.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days from `from` to `to`, both included. */
export function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
  return days;
}

/** The working day on or before `day`. */
export function workingDayOnOrBefore(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `count` dates spread evenly over the working days (sorted). */
export function spreadOver(days: readonly string[], count: number): string[] {
  if (days.length === 0) return [];
  return Array.from({ length: count }, (_, i) => days[Math.floor(((i + 0.5) * days.length) / count)]!);
}

/** An instant during office hours (09:00–11:59 Shanghai) of a local day, as ISO UTC. */
export function officeInstant(day: string, minuteOfMorning: number): string {
  const minutes = Math.max(0, Math.min(179, minuteOfMorning));
  return new Date(Date.parse(`${day}T09:00:00+08:00`) + minutes * 60_000).toISOString();
}
