import type { Kysely } from 'kysely';
import { calendarRepo, type Database } from '@gongkai/db';
import { createCalendar, OFFICIAL_DAYS, type Calendar, type OfficialYear } from '@gongkai/domain';

/**
 * The deployment's working-day calendar: the shipped notices, then the notices staff entered (a
 * later one for the same year replaces the shipped one), then the local changes on top.
 */
export async function loadCalendar(q: Kysely<Database>): Promise<Calendar> {
  const [years, changes] = await Promise.all([calendarRepo.listYears(q), calendarRepo.listChanges(q)]);
  const entered: OfficialYear[] = years.map((y) => ({
    year: y.year,
    holidays: y.holidays,
    workingWeekends: y.workingWeekends,
  }));
  return createCalendar([...OFFICIAL_DAYS, ...entered], changes);
}
