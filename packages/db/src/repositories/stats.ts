import { shanghaiDate } from '@gongkai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import {
  columnItemsIn,
  commentsIn,
  consultationsIn,
  messagesIn,
  publishedIn,
  requestCasesIn,
  viewsIn,
  type Period,
} from './report-sets.js';

/**
 * Query module for the statistics charts: one organization, a period of Shanghai days `from`–`to`
 * (inclusive, YYYY-MM-DD). The sets are the annual report's (report-sets), so a chart of a year
 * agrees with that year's report. Months (YYYY-MM) without records are left out; the caller lays
 * them on the full axis. Counts come back as numbers on both dialects.
 */
type Q = Kysely<Database>;

const COUNT = sql<number | string>`count(*)`.as('n');
const period = (from: string, to: string): Period => ({ start: from, end: to });

export interface MonthCount {
  month: string;
  count: number;
}

/**
 * Adds per-day rows up into months. Grouping by the indexed day column streams in index order,
 * where grouping by its month would sort every row of the period first.
 */
function byMonth(rows: { day: string | null; n: unknown }[]): MonthCount[] {
  const months = new Map<string, number>();
  for (const r of rows) {
    const month = r.day!.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + Number(r.n));
  }
  return [...months].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month));
}

/** Items published per month (catalogue or not). */
export async function publicationsByMonth(q: Q, organizationId: number, from: string, to: string) {
  const rows = await publishedIn(q, organizationId, period(from, to))
    .select(['p.publish_date as day', COUNT])
    .groupBy('p.publish_date')
    .execute();
  return byMonth(rows);
}

/** Items published in the period per site column: every column of the organization, in its order. */
export async function publicationsByColumn(q: Q, organizationId: number, from: string, to: string) {
  const [columns, members] = await Promise.all([
    q
      .selectFrom('site_columns')
      .select(['id', 'slug', 'name'])
      .where('organization_id', '=', organizationId)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    columnItemsIn(q, organizationId, period(from, to)).select(['c.id', COUNT]).groupBy('c.id').execute(),
  ]);
  const counts = new Map(members.map((m) => [m.id, Number(m.n)]));
  return columns.map((c) => ({ key: c.slug, name: c.name, count: counts.get(c.id) ?? 0 }));
}

/** Page views of the organization's items per month. */
export async function viewsByMonth(q: Q, organizationId: number, from: string, to: string) {
  const rows = await viewsIn(q, organizationId, period(from, to))
    .select((eb) => ['v.day', eb.fn.sum('v.count').as('n')])
    .groupBy('v.day')
    .execute();
  return byMonth(rows);
}

/** Cases closed in the period per outcome code (domain OutcomeCode). */
export async function requestsByOutcome(q: Q, organizationId: number, from: string, to: string) {
  const rows = await requestCasesIn(q, organizationId, period(from, to), 'closed')
    .select(['r.outcome_code', COUNT])
    .groupBy('r.outcome_code')
    .execute();
  return rows.map((r) => ({ outcome: r.outcome_code!, count: Number(r.n) }));
}

/** Cases received in the period per applicant category. */
export async function requestsByApplicant(q: Q, organizationId: number, from: string, to: string) {
  const rows = await requestCasesIn(q, organizationId, period(from, to), 'received')
    .select(['r.applicant_category', COUNT])
    .groupBy('r.applicant_category')
    .execute();
  return rows.map((r) => ({ category: r.applicant_category, count: Number(r.n) }));
}

/** Cases closed in the period, counted per (received, closed) pair: the input of domain responseTimeStats. */
export async function responseDays(q: Q, organizationId: number, from: string, to: string) {
  const rows = await requestCasesIn(q, organizationId, period(from, to), 'closed')
    .select(['r.received_on', 'r.closed_on', COUNT])
    .groupBy(['r.received_on', 'r.closed_on'])
    .orderBy('r.closed_on')
    .orderBy('r.received_on')
    .execute();
  return rows.map((r) => ({ receivedOn: r.received_on!, closedOn: r.closed_on!, count: Number(r.n) }));
}

/** Cases closed after their deadline, per month of closing. */
export async function overdueByMonth(q: Q, organizationId: number, from: string, to: string) {
  const rows = await requestCasesIn(q, organizationId, period(from, to), 'closed')
    .whereRef('r.closed_on', '>', 'r.deadline')
    .select(['r.closed_on as day', COUNT])
    .groupBy('r.closed_on')
    .execute();
  return byMonth(rows);
}

/** Consultations opened and comments received per month. */
export async function consultationsByMonth(q: Q, organizationId: number, from: string, to: string) {
  const p = period(from, to);
  const [opened, comments] = await Promise.all([
    consultationsIn(q, organizationId, p).select(['c.open_date as day', COUNT]).groupBy('c.open_date').execute(),
    // Comments carry an instant: their Shanghai month is worked out here.
    commentsIn(q, organizationId, p).select('k.created_at').execute(),
  ]);
  const months = new Map<string, { month: string; consultations: number; comments: number }>();
  const at = (m: string) => months.get(m) ?? months.set(m, { month: m, consultations: 0, comments: 0 }).get(m)!;
  for (const r of byMonth(opened)) at(r.month).consultations += r.count;
  for (const c of comments) at(shanghaiDate(c.created_at).slice(0, 7)).comments += 1;
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Messages received in the period per type (domain MessageType). */
export async function messagesByType(q: Q, organizationId: number, from: string, to: string) {
  const rows = await messagesIn(q, organizationId, period(from, to))
    .select(['m.type', COUNT])
    .groupBy('m.type')
    .execute();
  return rows.map((r) => ({ type: r.type, count: Number(r.n) }));
}

/** Messages answered in the period (latest reply) per rating; null = not rated. */
export async function messagesBySatisfaction(q: Q, organizationId: number, from: string, to: string) {
  const rows = await q
    .selectFrom('messages as m')
    .select(['m.rating', COUNT])
    .where('m.organization_id', '=', organizationId)
    .where('m.replied_on', '>=', from)
    .where('m.replied_on', '<=', to)
    .groupBy('m.rating')
    .execute();
  return rows.map((r) => ({ rating: r.rating, count: Number(r.n) }));
}
