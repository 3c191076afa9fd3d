/**
 * How long closed requests took, in working days from receipt to closure (the receipt day not
 * counted, pauses included: this is the time the applicant waited, not the legal clock).
 */
import { CalendarGapError, type Calendar } from '../calendar/calendar.js';
import { workingDaysBetween } from '../requests/working-days.js';

export interface ResponseTimeRow {
  readonly receivedOn: string;
  readonly closedOn: string;
  readonly count: number;
}

export interface ResponseTimeStats {
  readonly closed: number;
  /** Mean working days, one decimal; null when nothing could be measured. */
  readonly average: number | null;
  readonly worst: number | null;
}

/**
 * Cases whose span reaches a year without calendar data count as closed but are left out of the
 * average and the worst time rather than guessed.
 */
export function responseTimeStats(rows: readonly ResponseTimeRow[], calendar: Calendar): ResponseTimeStats {
  let closed = 0;
  let measured = 0;
  let total = 0;
  let worst: number | null = null;
  for (const row of rows) {
    closed += row.count;
    let days: number;
    try {
      days = workingDaysBetween(calendar, row.receivedOn, row.closedOn);
    } catch (error) {
      if (error instanceof CalendarGapError) continue;
      throw error;
    }
    measured += row.count;
    total += days * row.count;
    if (row.count > 0 && (worst === null || days > worst)) worst = days;
  }
  return { closed, average: measured === 0 ? null : Math.round((total / measured) * 10) / 10, worst };
}
