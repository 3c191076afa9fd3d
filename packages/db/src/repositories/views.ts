import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Query module for view counts (per item per day in `view_counts`, running total on the item). */
type Q = Kysely<Database>;

/** Ids among `ids` that are published publications (views of anything else are dropped). */
export async function existingPublished(q: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await q
    .selectFrom('publications')
    .select('id')
    .where('id', 'in', [...ids])
    .where('status', '=', 'published')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function add(q: Q, publicationId: number, day: string, n: number): Promise<void> {
  await q
    .insertInto('view_counts')
    .values((eb) => ({
      publication_id: publicationId,
      organization_id: eb.selectFrom('publications').select('organization_id').where('id', '=', publicationId),
      day,
      count: n,
    }))
    .onConflict((oc) =>
      oc.columns(['publication_id', 'day']).doUpdateSet({ count: sql<number>`view_counts.count + ${n}` }),
    )
    .execute();
  await q
    .updateTable('publications')
    .set((eb) => ({ view_count: eb('view_count', '+', n) }))
    .where('id', '=', publicationId)
    .execute();
}

function inYear(q: Q, year: number, organizationId?: number) {
  let query = q
    .selectFrom('view_counts as v')
    .innerJoin('publications as p', 'p.id', 'v.publication_id')
    .where('v.day', '>=', `${year}-01-01`)
    .where('v.day', '<=', `${year}-12-31`);
  if (organizationId !== undefined) query = query.where('p.organization_id', '=', organizationId);
  return query;
}

/** Views in a year, in total, by column and for the most viewed items. */
export async function yearStats(q: Q, year: number, organizationId?: number, top = 10) {
  const [total, byColumn, topItems] = await Promise.all([
    inYear(q, year, organizationId)
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('v.count'), sql<number>`0`).as('n'))
      .executeTakeFirstOrThrow(),
    inYear(q, year, organizationId)
      .innerJoin('publication_columns as pc', 'pc.publication_id', 'p.id')
      .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
      .select(['c.slug', 'c.name', (eb) => eb.fn.sum<number>('v.count').as('n')])
      .groupBy(['c.slug', 'c.name'])
      .orderBy('n', 'desc')
      .execute(),
    inYear(q, year, organizationId)
      .select(['p.id', 'p.title', (eb) => eb.fn.sum<number>('v.count').as('n')])
      .groupBy(['p.id', 'p.title'])
      .orderBy('n', 'desc')
      .orderBy('p.id')
      .limit(top)
      .execute(),
  ]);
  return {
    total: Number(total.n),
    byColumn: byColumn.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.n) })),
    top: topItems.map((r) => ({ id: r.id, title: r.title, count: Number(r.n) })),
  };
}
