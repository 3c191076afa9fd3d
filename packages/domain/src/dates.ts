/**
 * Legal days are calendar dates in Asia/Shanghai. China has had no daylight saving time since
 * 1991, so a fixed +08:00 offset is exact for every date the platform deals with and does not
 * depend on the machine's time zone or its ICU data.
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toShanghaiIso(instant: Date | string): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`invalid instant: ${String(instant)}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
}

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date | string): string {
  return toShanghaiIso(instant).slice(0, 10);
}

export function shanghaiYear(instant: Date | string): number {
  return Number(toShanghaiIso(instant).slice(0, 4));
}

/** The Asia/Shanghai wall-clock time (HH:mm) of an instant, e.g. for "locked until" messages. */
export function shanghaiTime(instant: Date | string): string {
  return toShanghaiIso(instant).slice(11, 16);
}

/** True for a real calendar date written YYYY-MM-DD (no 02-30, no 2015-13-01). */
export function isLegalDate(s: string): boolean {
  const m = DATE_SHAPE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Calendar arithmetic on legal days. */
export function addDays(date: string, days: number): string {
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** The instant at which a Shanghai calendar day starts (UTC ISO string). */
export function shanghaiDayStart(date: string): string {
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS).toISOString();
}
