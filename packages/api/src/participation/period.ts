/** Consultation periods on the working-day calendar (domain consultation.ts), as form answers. */
import { checkConsultationPeriod, consultationClosingDate, type Calendar } from '@gongkai/domain';
import { fieldError } from '../errors.js';

/** The default closing date, or why there is none (a year the calendar does not know yet). */
export function defaultCloseDate(
  cal: Calendar,
  openDate: string,
  major: boolean,
  workingDays: number,
): { closeDate: string | null; message: string | null } {
  const r = consultationClosingDate(cal, openDate, { major, workingDays });
  return r.ok ? { closeDate: r.date, message: null } : { closeDate: null, message: r.message };
}

/** Refuses a period shorter than the minimum (7 working days, 30 days for a major decision). */
export function checkPeriod(cal: Calendar, openDate: string, closeDate: string, major: boolean): void {
  const check = checkConsultationPeriod(cal, { openDate, closeDate }, { major });
  if (!check.ok) throw fieldError('closeDate', check.message);
}
