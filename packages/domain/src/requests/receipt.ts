/** Receipt-date rules: online submissions and the 7-working-day limit for a 补正 notice. */
import { catchCalendarGap, isWorkingDay, type Calendar, type CalendarGapResult } from '../calendar/calendar.js';
import { shanghaiDate, shanghaiTime } from '../dates.js';
import { SUPPLEMENT_NOTICE_DAYS } from './deadline.js';
import { nthWorkingDayAfter } from './working-days.js';

const CUTOFF_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The receipt date the console proposes for an online request (staff confirm it): the submission
 * day (Asia/Shanghai) if it is a working day and the request came before the cut-off, else the
 * next working day.
 */
export function receiptDateForOnline(
  cal: Calendar,
  submittedAt: Date | string,
  cutoff = '17:00',
): { ok: true; date: string; sameDay: boolean } | CalendarGapResult {
  if (!CUTOFF_SHAPE.test(cutoff)) throw new RangeError(`invalid cut-off time: ${cutoff}`);
  const day = shanghaiDate(submittedAt);
  return catchCalendarGap(() => {
    if (isWorkingDay(cal, day) && shanghaiTime(submittedAt) < cutoff)
      return { ok: true as const, date: day, sameDay: true };
    return { ok: true as const, date: nthWorkingDayAfter(cal, day, 1), sameDay: false };
  });
}

/** Whether a 补正 notice sent on `noticeDate` is later than 7 working days after receipt. */
export function supplementNoticeLate(
  cal: Calendar,
  receipt: string,
  noticeDate: string,
): { ok: true; late: boolean; lastDay: string } | CalendarGapResult {
  return catchCalendarGap(() => {
    const lastDay = nthWorkingDayAfter(cal, receipt, SUPPLEMENT_NOTICE_DAYS);
    return { ok: true as const, late: noticeDate > lastDay, lastDay };
  });
}
