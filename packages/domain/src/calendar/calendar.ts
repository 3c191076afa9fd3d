/**
 * The working-day calendar: Mon–Fri, minus the holidays of the State Council's yearly notice,
 * plus the 调休 weekend days it makes working days, then local changes (local closures,
 * ethnic-area holidays) on top. A year without a notice is a gap: asking about one of its days
 * throws `CalendarGapError` instead of guessing Mon–Fri, because a wrong guess moves legal deadlines.
 */
import { createHash } from 'node:crypto';
import { isLegalDate } from '../dates.js';

/** One year's notice: holiday dates (named, e.g. 春节) and the weekend dates that are worked. */
export interface OfficialYear {
  readonly year: number;
  readonly holidays: Readonly<Record<string, string>>;
  readonly workingWeekends: Readonly<Record<string, string>>;
}

/** A change entered by staff: a local closure / ethnic-area holiday, or an extra working day. */
export interface LocalChange {
  readonly date: string;
  readonly kind: 'closed' | 'working';
  readonly note: string;
}

export type SpecialDayKind = 'holiday' | 'working_weekend' | 'local_closed' | 'local_working';
export type DayKind = 'weekday' | 'weekend' | SpecialDayKind;

export interface SpecialDay {
  readonly working: boolean;
  readonly kind: SpecialDayKind;
  /** The holiday's name (春节, 国庆节 …) or the note of a local change. */
  readonly name: string;
}

export interface Calendar {
  /** Years whose notice is known; days in other years are gaps. */
  readonly years: ReadonlySet<number>;
  /** Every day that is not plain Mon–Fri working / Sat–Sun off. */
  readonly special: ReadonlyMap<string, SpecialDay>;
}

export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  readonly kind: DayKind;
  readonly name?: string;
}

export class CalendarGapError extends Error {
  readonly code = 'calendar_gap';
  constructor(readonly year: number) {
    super(`${year}年的节假日安排尚未录入，无法计算工作日，请先在日历中补充该年度的放假通知`);
    this.name = 'CalendarGapError';
  }
}

function checkDate(date: string): void {
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
}

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Builds a calendar from notices (the shipped `OFFICIAL_DAYS`, plus any notice staff add for the
 * next year; a later notice for the same year replaces the earlier one) and local changes, which
 * win over the notices.
 */
export function createCalendar(official: readonly OfficialYear[], localChanges: readonly LocalChange[] = []): Calendar {
  const notices = new Map<number, OfficialYear>();
  for (const notice of official) notices.set(notice.year, notice);

  const special = new Map<string, SpecialDay>();
  for (const notice of notices.values()) {
    for (const [date, name] of Object.entries(notice.holidays)) {
      checkDate(date);
      special.set(date, { working: false, kind: 'holiday', name });
    }
    for (const [date, name] of Object.entries(notice.workingWeekends)) {
      checkDate(date);
      special.set(date, { working: true, kind: 'working_weekend', name });
    }
  }
  for (const change of localChanges) {
    checkDate(change.date);
    special.set(change.date, {
      working: change.kind === 'working',
      kind: change.kind === 'working' ? 'local_working' : 'local_closed',
      name: change.note,
    });
  }
  return { years: new Set(notices.keys()), special };
}

/** The years with data, ascending. */
export function coverage(cal: Calendar): number[] {
  return [...cal.years].sort((a, b) => a - b);
}

/** The first year in [fromYear, toYear] without data, or null. */
export function firstGap(cal: Calendar, fromYear: number, toYear: number): number | null {
  for (let y = fromYear; y <= toYear; y++) if (!cal.years.has(y)) return y;
  return null;
}

/** What a day is. Throws `CalendarGapError` for a day in a year without data. */
export function dayInfo(cal: Calendar, date: string): DayInfo {
  checkDate(date);
  const year = Number(date.slice(0, 4));
  if (!cal.years.has(year)) throw new CalendarGapError(year);
  const special = cal.special.get(date);
  if (special) return { date, working: special.working, kind: special.kind, name: special.name };
  const weekend = isWeekend(date);
  return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday' };
}

/** Throws `CalendarGapError` for a day in a year without data. */
export function isWorkingDay(cal: Calendar, date: string): boolean {
  return dayInfo(cal, date).working;
}

/**
 * A fingerprint of the calendar's content. Store it with a computed deadline; when the calendar's
 * fingerprint differs, the deadlines of open cases are recomputed.
 */
export function calendarVersion(cal: Calendar): string {
  const days = [...cal.special.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ years: coverage(cal), days }))
    .digest('hex')
    .slice(0, 16);
}

/** How the result-returning functions flag a day in a year without data. */
export interface CalendarGapResult {
  readonly ok: false;
  readonly code: 'calendar_gap';
  readonly year: number;
  readonly message: string;
}

/** Runs a computation, turning a `CalendarGapError` into a `CalendarGapResult`. */
export function catchCalendarGap<T>(compute: () => T): T | CalendarGapResult {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarGapError) {
      return { ok: false, code: 'calendar_gap', year: error.year, message: error.message };
    }
    throw error;
  }
}
