/**
 * Consultation periods (征求意见, disclosure-rules.md §7): at least 7 working days, 30 days for
 * major decisions. The 30 days are calendar days (decisions.md, Participation); other periods are
 * working days on the working-day calendar. The opening day is not counted, and a consultation
 * stays open until the end of its closing day (Asia/Shanghai).
 */
import { catchCalendarGap, type Calendar, type CalendarGapResult } from '../calendar/calendar.js';
import { addDays, isLegalDate, shanghaiDate } from '../dates.js';
import { nthWorkingDayAfter, workingDaysBetween } from '../requests/working-days.js';

export const CONSULTATION_MIN_WORKING_DAYS = 7;
export const MAJOR_CONSULTATION_CALENDAR_DAYS = 30;

export interface ConsultationPeriodOptions {
  /** A major decision (重大决策) or a document close to business activity: 30 calendar days. */
  major: boolean;
  /** Other consultations: this many working days (configurable, at least the minimum). */
  workingDays?: number;
}

export interface ConsultationDates {
  /** First day comments are accepted (YYYY-MM-DD, Asia/Shanghai). */
  openDate: string;
  /** Last day comments are accepted. */
  closeDate: string;
}

export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

export const PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: '未开始',
  open: '征求中',
  closed: '已结束',
};

/** The default closing date: opening day + 30 calendar days (major) or + N working days. */
export function consultationClosingDate(
  cal: Calendar,
  openDate: string,
  { major, workingDays = CONSULTATION_MIN_WORKING_DAYS }: ConsultationPeriodOptions,
): { ok: true; date: string } | CalendarGapResult {
  if (major) return { ok: true, date: addDays(openDate, MAJOR_CONSULTATION_CALENDAR_DAYS) };
  return catchCalendarGap(() => ({ ok: true as const, date: nthWorkingDayAfter(cal, openDate, workingDays) }));
}

export type PeriodCheck =
  { ok: true } | { ok: false; code: 'invalid_date' | 'period_too_short'; message: string } | CalendarGapResult;

/**
 * Refuses a period shorter than the minimum: 30 calendar days for a major decision, else
 * `minWorkingDays` working days (default 7; a local rule may ask for more).
 */
export function checkConsultationPeriod(
  cal: Calendar,
  { openDate, closeDate }: ConsultationDates,
  { major, minWorkingDays = CONSULTATION_MIN_WORKING_DAYS }: { major: boolean; minWorkingDays?: number },
): PeriodCheck {
  if (!isLegalDate(openDate) || !isLegalDate(closeDate)) {
    return { ok: false, code: 'invalid_date', message: '请填写有效的开始和截止日期' };
  }
  if (closeDate < openDate) return { ok: false, code: 'invalid_date', message: '截止日期不能早于开始日期' };
  if (major) {
    const earliest = addDays(openDate, MAJOR_CONSULTATION_CALENDAR_DAYS);
    return closeDate >= earliest
      ? { ok: true }
      : {
          ok: false,
          code: 'period_too_short',
          message: `重大决策征求意见期限不得少于${MAJOR_CONSULTATION_CALENDAR_DAYS}日，截止日期最早为${earliest}`,
        };
  }
  return catchCalendarGap((): PeriodCheck => {
    if (workingDaysBetween(cal, openDate, closeDate) >= minWorkingDays) return { ok: true };
    const earliest = nthWorkingDayAfter(cal, openDate, minWorkingDays);
    return {
      ok: false,
      code: 'period_too_short',
      message: `征求意见期限不得少于${minWorkingDays}个工作日，截止日期最早为${earliest}`,
    };
  });
}

export function consultationPhase(c: ConsultationDates, now: Date | string): ConsultationPhase {
  const today = shanghaiDate(now);
  if (today < c.openDate) return 'upcoming';
  return today > c.closeDate ? 'closed' : 'open';
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Short status text for lists: `3天后开始`, `剩余3天` (calendar days to the closing day), `今天截止`, `已结束`. */
export function timeLeft(c: ConsultationDates, now: Date | string): string {
  const today = shanghaiDate(now);
  switch (consultationPhase(c, now)) {
    case 'upcoming':
      return `${daysFrom(today, c.openDate)}天后开始`;
    case 'open': {
      const left = daysFrom(today, c.closeDate);
      return left === 0 ? '今天截止' : `剩余${left}天`;
    }
    case 'closed':
      return '已结束';
  }
}

export const CONSULTATION_CLOSED_MESSAGE = '本次征求意见已结束，不再接收意见';

export function canComment(
  c: ConsultationDates,
  now: Date | string,
): { ok: true } | { ok: false; code: 'not_started' | 'closed'; message: string } {
  switch (consultationPhase(c, now)) {
    case 'upcoming':
      return { ok: false, code: 'not_started', message: `本次征求意见尚未开始，${c.openDate}起接收意见` };
    case 'open':
      return { ok: true };
    case 'closed':
      return { ok: false, code: 'closed', message: CONSULTATION_CLOSED_MESSAGE };
  }
}
