import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, PublicationRevisionTable, PublicationTable, ValidityChangeTable } from '../schema.js';

/** Query module for `publications` and the tables that hang off them (revisions, validity, counters). */
type Q = Kysely<Database>;

export const findById = (q: Q, id: number) => q.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();

export const findPublished = (q: Q, id: number) =>
  q.selectFrom('publications').selectAll().where('id', '=', id).where('status', '=', 'published').executeTakeFirst();

export async function insert(q: Q, row: Insertable<PublicationTable>): Promise<number> {
  const { id } = await q.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function update(q: Q, id: number, changes: Updateable<PublicationTable>): Promise<void> {
  await q.updateTable('publications').set(changes).where('id', '=', id).execute();
}

/**
 * Changes the row only if it is still in `status`; returns whether it did. Two processes racing on
 * the same item (the scheduler, a double click) see exactly one success.
 */
export async function updateIfStatus(q: Q, id: number, status: string, changes: Updateable<PublicationTable>): Promise<boolean> {
  const r = await q.updateTable('publications').set(changes).where('id', '=', id).where('status', '=', status).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Ids of scheduled items due at `now` (ISO instant), oldest first. */
export async function dueScheduledIds(q: Q, now: string): Promise<number[]> {
  const rows = await q
    .selectFrom('publications')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Next 索引号 sequence for an organization and year; the counter only ever grows. */
export async function nextIndexSeq(q: Q, organizationId: number, year: number): Promise<number> {
  const row = await q
    .insertInto('index_counters')
    .values({ organization_id: organizationId, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['organization_id', 'year']).doUpdateSet({ last_seq: sql<number>`index_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export async function insertRevision(q: Q, row: Insertable<PublicationRevisionTable>): Promise<void> {
  await q.insertInto('publication_revisions').values(row).execute();
}

export const findRevision = (q: Q, publicationId: number, revision: number) =>
  q.selectFrom('publication_revisions').selectAll().where('publication_id', '=', publicationId).where('revision', '=', revision).executeTakeFirst();

export const listRevisions = (q: Q, publicationId: number) =>
  q
    .selectFrom('publication_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.revision', 'r.title', 'r.change_note', 'r.created_at', 'u.display_name as created_by_name'])
    .where('r.publication_id', '=', publicationId)
    .orderBy('r.revision', 'desc')
    .execute();

export async function insertValidityChange(q: Q, row: Insertable<ValidityChangeTable>): Promise<void> {
  await q.insertInto('validity_changes').values(row).execute();
}

export const listValidityChanges = (q: Q, publicationId: number) =>
  q
    .selectFrom('validity_changes')
    .select(['validity', 'effective_date', 'note'])
    .where('publication_id', '=', publicationId)
    .orderBy('effective_date')
    .orderBy('id')
    .execute();

/** Published interpretations (政策解读) of a document. */
export const listInterpretations = (q: Q, publicationId: number) =>
  q
    .selectFrom('publications')
    .selectAll()
    .where('interprets_id', '=', publicationId)
    .where('status', '=', 'published')
    .orderBy('publish_date', 'desc')
    .execute();

/** Published rows by id, with the organization fields a summary needs, in one query. */
export function publishedWithOrg(q: Q, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('publications as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .selectAll('p')
    .select(['o.slug as org_slug', 'o.name as org_name', 'c.name as category_name'])
    .where('p.id', 'in', [...ids])
    .where('p.status', '=', 'published')
    .execute();
}

export interface PublicFilter {
  organizationId?: number;
  /** Category ids to include (a category and its descendants). */
  categoryIds?: number[];
  columnIds?: number[];
  year?: number;
}

function publicFiltered(q: Q, f: PublicFilter) {
  let query = q.selectFrom('publications as p').where('p.status', '=', 'published');
  if (f.organizationId !== undefined) query = query.where('p.organization_id', '=', f.organizationId);
  if (f.categoryIds) query = query.where('p.category_id', 'in', f.categoryIds.length > 0 ? f.categoryIds : [-1]);
  if (f.columnIds) {
    // Driven from the column's membership list: cheaper than probing every row of the organization.
    const columnIds = f.columnIds.length > 0 ? f.columnIds : [-1];
    query = query.where('p.id', 'in', (eb) =>
      eb.selectFrom('publication_columns as pc').select('pc.publication_id').where('pc.column_id', 'in', columnIds),
    );
  }
  if (f.year !== undefined) query = query.where('p.publish_date', '>=', `${f.year}-01-01`).where('p.publish_date', '<=', `${f.year}-12-31`);
  return query;
}

/** A page of published items, newest first, with organization and category names joined in. */
export function publicPage(q: Q, f: PublicFilter, limit: number, offset: number) {
  return publicFiltered(q, f)
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .selectAll('p')
    .select(['o.slug as org_slug', 'o.name as org_name', 'c.name as category_name'])
    .orderBy('p.publish_date', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function publicCount(q: Q, f: PublicFilter): Promise<number> {
  const r = await publicFiltered(q, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Years that have published items under the filter (ignoring its own year), newest first. One
 * index seek per year (latest date before the previous year's start) instead of a scan of all rows.
 */
export async function publicYears(q: Q, f: PublicFilter): Promise<number[]> {
  const years: number[] = [];
  let before = '9999-12-31';
  for (;;) {
    const row = await publicFiltered(q, { ...f, year: undefined })
      .where('p.publish_date', '<', before)
      .select((eb) => eb.fn.max('p.publish_date').as('latest'))
      .executeTakeFirst();
    const year = Number(String(row?.latest ?? '').slice(0, 4));
    if (!row?.latest || !Number.isInteger(year)) return years;
    years.push(year);
    before = `${year}-01-01`;
  }
}

/** Published items for sitemaps: id order so pages are stable. */
export const sitemapPage = (q: Q, limit: number, offset: number) =>
  q
    .selectFrom('publications')
    .select(['id', 'updated_at'])
    .where('status', '=', 'published')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();

export interface StaffFilter {
  organizationId: number;
  status?: string;
  statuses?: string[];
  q?: string;
  categoryId?: number;
  columnId?: number;
  year?: number;
  authorId?: number;
  excludeAuthorId?: number;
}

function staffFiltered(q: Q, f: StaffFilter) {
  let query = q.selectFrom('publications as p').where('p.organization_id', '=', f.organizationId);
  if (f.status) query = query.where('p.status', '=', f.status);
  if (f.statuses) query = query.where('p.status', 'in', f.statuses);
  if (f.q) query = query.where((eb) => eb.or([eb('p.title', 'like', `%${f.q}%`), eb('p.doc_number', 'like', `%${f.q}%`), eb('p.index_no', 'like', `%${f.q}%`)]));
  if (f.categoryId !== undefined) query = query.where('p.category_id', '=', f.categoryId);
  if (f.columnId !== undefined) {
    const columnId = f.columnId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('publication_columns as pc').select('pc.publication_id').whereRef('pc.publication_id', '=', 'p.id').where('pc.column_id', '=', columnId)),
    );
  }
  if (f.year !== undefined) query = query.where('p.created_at', '>=', `${f.year}-01-01`).where('p.created_at', '<', `${f.year + 1}-01-01`);
  if (f.authorId !== undefined) query = query.where('p.author_id', '=', f.authorId);
  if (f.excludeAuthorId !== undefined) query = query.where('p.author_id', '!=', f.excludeAuthorId);
  return query;
}

/** Staff lists: most recently changed first, author name joined in. */
export function staffPage(q: Q, f: StaffFilter, limit: number, offset: number) {
  return staffFiltered(q, f)
    .innerJoin('users as a', 'a.id', 'p.author_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.author_id',
      'a.display_name as author_name',
      'p.updated_at',
      'p.scheduled_at',
      'p.publish_date',
      'p.index_no',
      'p.doc_number',
    ])
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function staffCount(q: Q, f: StaffFilter): Promise<number> {
  const r = await staffFiltered(q, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countsByStatus(q: Q, organizationId: number): Promise<Map<string, number>> {
  const rows = await q
    .selectFrom('publications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export async function bumpContentVersion(q: Q): Promise<void> {
  await q.updateTable('content_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

export async function contentVersion(q: Q): Promise<number> {
  const r = await q.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(r.version);
}
