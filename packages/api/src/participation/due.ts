/** Reply due dates of messages: the organization's period (default 5 working days) on the working-day calendar. */
import type { Kysely } from 'kysely';
import { messagesRepo, type Database } from '@gongkai/db';
import { addDays, DEFAULT_REPLY_WORKING_DAYS, messageDueDate, type Calendar } from '@gongkai/domain';

export async function replyDaysOf(q: Kysely<Database>, organizationId: number): Promise<number> {
  return (await messagesRepo.findReplyDays(q, organizationId)) ?? DEFAULT_REPLY_WORKING_DAYS;
}

/**
 * The due date `days` working days after `day`. A visitor is never refused because the calendar
 * lacks a year: the due date then falls back to as many calendar days (earlier, so never late).
 */
export function dueAfter(cal: Calendar, day: string, days: number): string {
  const r = messageDueDate(cal, day, days);
  return r.ok ? r.date : addDays(day, days);
}
