import type { Kysely, Selectable } from 'kysely';
import type { CalendarYearTable, Database } from '../schema.js';

/**
 * Query module for the staff-edited working-day calendar: years' 放假通知 (`calendar_years`, whose
 * day maps are stored as JSON text) and local changes (`calendar_changes`).
 */
type Q = Kysely<Database>;

/** A day map: date → name (春节, 国庆节 …). */
export type DayNames = Record<string, string>;

export interface CalendarYearRow {
  year: number;
  holidays: DayNames;
  workingWeekends: DayNames;
  source: string;
  updatedBy: number | null;
  updatedAt: string;
}

export interface CalendarChangeRow {
  id: number;
  date: string;
  kind: 'closed' | 'working';
  note: string;
}

const parseDays = (json: string): DayNames => JSON.parse(json) as DayNames;

const toYear = (r: Selectable<CalendarYearTable>): CalendarYearRow => ({
  year: r.year,
  holidays: parseDays(r.holidays),
  workingWeekends: parseDays(r.working_weekends),
  source: r.source,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export async function listYears(q: Q): Promise<CalendarYearRow[]> {
  return (await q.selectFrom('calendar_years').selectAll().orderBy('year').execute()).map(toYear);
}

export async function findYear(q: Q, year: number): Promise<CalendarYearRow | undefined> {
  const row = await q.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
  return row && toYear(row);
}

/** Inserts or replaces a year's notice. */
export async function saveYear(q: Q, row: CalendarYearRow): Promise<void> {
  const values = {
    holidays: JSON.stringify(row.holidays),
    working_weekends: JSON.stringify(row.workingWeekends),
    source: row.source,
    updated_by: row.updatedBy,
    updated_at: row.updatedAt,
  };
  await q
    .insertInto('calendar_years')
    .values({ year: row.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
}

const CHANGE_COLUMNS = ['id', 'date', 'kind', 'note'] as const;

const toChange = (r: { id: number; date: string; kind: string; note: string }): CalendarChangeRow => ({
  ...r,
  kind: r.kind === 'working' ? 'working' : 'closed',
});

/** Local changes, by date; only those of `year` when given. */
export async function listChanges(q: Q, year?: number): Promise<CalendarChangeRow[]> {
  let query = q.selectFrom('calendar_changes').select(CHANGE_COLUMNS).orderBy('date');
  if (year !== undefined) query = query.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return (await query.execute()).map(toChange);
}

export async function findChangeByDate(q: Q, date: string): Promise<CalendarChangeRow | undefined> {
  const row = await q.selectFrom('calendar_changes').select(CHANGE_COLUMNS).where('date', '=', date).executeTakeFirst();
  return row && toChange(row);
}

export async function findChangeById(q: Q, id: number): Promise<CalendarChangeRow | undefined> {
  const row = await q.selectFrom('calendar_changes').select(CHANGE_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toChange(row);
}

export async function insertChange(
  q: Q,
  row: { date: string; kind: 'closed' | 'working'; note: string; createdBy: number | null; createdAt: string },
): Promise<number> {
  const { id } = await q
    .insertInto('calendar_changes')
    .values({ date: row.date, kind: row.kind, note: row.note, created_by: row.createdBy, created_at: row.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function removeChange(q: Q, id: number): Promise<void> {
  await q.deleteFrom('calendar_changes').where('id', '=', id).execute();
}
