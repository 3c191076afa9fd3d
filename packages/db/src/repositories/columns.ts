import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, SiteColumnTable } from '../schema.js';

/** Query module for `site_columns` (website columns such as 政务动态) and their memberships. */
type Q = Kysely<Database>;

export const listForOrg = (q: Q, organizationId: number) =>
  q
    .selectFrom('site_columns')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();

export const findById = (q: Q, id: number) =>
  q.selectFrom('site_columns').selectAll().where('id', '=', id).executeTakeFirst();

export const findBySlug = (q: Q, organizationId: number, slug: string) =>
  q
    .selectFrom('site_columns')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('slug', '=', slug)
    .executeTakeFirst();

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
  const row = await q
    .selectFrom('publication_columns')
    .select('publication_id')
    .where('column_id', '=', columnId)
    .limit(1)
    .executeTakeFirst();
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

/**
 * The `publish_date` a membership row carries: the publication's while it is published, NULL
 * otherwise, so that public column lists need not look at `publications` to filter or order.
 */
export const listedDate = (pub: { status: string; publish_date: string | null }): string | null =>
  pub.status === 'published' ? pub.publish_date : null;

async function currentListedDate(q: Q, publicationId: number): Promise<string | null> {
  const pub = await q
    .selectFrom('publications')
    .select(['status', 'publish_date'])
    .where('id', '=', publicationId)
    .executeTakeFirst();
  return pub ? listedDate(pub) : null;
}

/** Replaces a publication's column memberships. */
export async function setForPublication(q: Q, publicationId: number, columnIds: readonly number[]): Promise<void> {
  await q.deleteFrom('publication_columns').where('publication_id', '=', publicationId).execute();
  if (columnIds.length > 0) {
    const publish_date = await currentListedDate(q, publicationId);
    await q
      .insertInto('publication_columns')
      .values([...new Set(columnIds)].map((column_id) => ({ publication_id: publicationId, column_id, publish_date })))
      .execute();
  }
}

/** Brings the memberships' `publish_date` in step after the publication's status or date changed. */
export async function syncListedDate(q: Q, publicationId: number): Promise<void> {
  const publish_date = await currentListedDate(q, publicationId);
  await q
    .updateTable('publication_columns')
    .set({ publish_date })
    .where('publication_id', '=', publicationId)
    .execute();
}
