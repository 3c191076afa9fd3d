import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, SiteColumnTable } from '../schema.js';

/** Query module for `site_columns` (website columns such as 政务动态) and their memberships. */
type Q = Kysely<Database>;

export const listForOrg = (q: Q, organizationId: number) =>
  q.selectFrom('site_columns').selectAll().where('organization_id', '=', organizationId).orderBy('sort_order').orderBy('id').execute();

export const findById = (q: Q, id: number) => q.selectFrom('site_columns').selectAll().where('id', '=', id).executeTakeFirst();

export const findBySlug = (q: Q, organizationId: number, slug: string) =>
  q.selectFrom('site_columns').selectAll().where('organization_id', '=', organizationId).where('slug', '=', slug).executeTakeFirst();

export async function insert(q: Q, row: Insertable<SiteColumnTable>): Promise<number> {
  const { id } = await q.insertInto('site_columns').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function update(q: Q, id: number, changes: Updateable<SiteColumnTable>): Promise<void> {
  await q.updateTable('site_columns').set(changes).where('id', '=', id).execute();
}

export async function remove(q: Q, id: number): Promise<void> {
  await q.deleteFrom('site_columns').where('id', '=', id).execute();
}

export async function hasPublications(q: Q, columnId: number): Promise<boolean> {
  const row = await q.selectFrom('publication_columns').select('publication_id').where('column_id', '=', columnId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Columns of many publications in one query (no N+1 on list pages). */
export function forPublications(q: Q, publicationIds: readonly number[]) {
  if (publicationIds.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('publication_columns as pc')
    .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
    .select(['pc.publication_id', 'c.id', 'c.slug', 'c.name', 'c.description', 'c.sort_order'])
    .where('pc.publication_id', 'in', [...publicationIds])
    .orderBy('c.sort_order')
    .orderBy('c.id')
    .execute();
}

/** Replaces a publication's column memberships. */
export async function setForPublication(q: Q, publicationId: number, columnIds: readonly number[]): Promise<void> {
  await q.deleteFrom('publication_columns').where('publication_id', '=', publicationId).execute();
  if (columnIds.length > 0) {
    await q
      .insertInto('publication_columns')
      .values([...new Set(columnIds)].map((column_id) => ({ publication_id: publicationId, column_id })))
      .execute();
  }
}
