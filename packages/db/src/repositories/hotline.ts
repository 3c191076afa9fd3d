import type { Insertable, Kysely } from 'kysely';
import type { Database, HotlineCallTable } from '../schema.js';
import { containing } from './like.js';

/** Query module for the 热线电话 call log. */
type Q = Kysely<Database>;

export async function insertCall(q: Q, row: Insertable<HotlineCallTable>): Promise<number> {
  const { id } = await q.insertInto('hotline_calls').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findCall = (q: Q, id: number) =>
  q.selectFrom('hotline_calls').selectAll().where('id', '=', id).executeTakeFirst();

export async function deleteCall(q: Q, id: number): Promise<void> {
  await q.deleteFrom('hotline_calls').where('id', '=', id).execute();
}

export interface CallFilter {
  organizationId: number;
  /** YYYY-MM */
  month?: string;
  /** Matches the topic or the answer. */
  text?: string;
}

function filtered(q: Q, f: CallFilter) {
  let query = q.selectFrom('hotline_calls').where('organization_id', '=', f.organizationId);
  if (f.month) query = query.where('month', '=', f.month);
  if (f.text) {
    const like = containing(f.text);
    query = query.where((eb) => eb.or([eb('topic', 'like', like), eb('answer', 'like', like)]));
  }
  return query;
}

/** Newest call first. */
export async function listCalls(q: Q, f: CallFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(q, f).selectAll().orderBy('called_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    filtered(q, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n),
  ]);
  return { rows, total };
}

/** Calls per month (YYYY-MM) of the year. */
export const monthCounts = (q: Q, organizationId: number, year: number) =>
  q
    .selectFrom('hotline_calls')
    .select(['month', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .groupBy('month')
    .execute();
