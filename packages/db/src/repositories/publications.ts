import { sql, type Insertable, type Kysely, type RawBuilder, type Updateable } from 'kysely';
import type { Database, PublicationRevisionTable, PublicationTable, ValidityChangeTable } from '../schema.js';
import { syncListedDate } from './columns.js';

/** Query module for `publications` and the tables that hang off them (revisions, validity, counters). */
type Q = Kysely<Database>;

export const findById = (q: Q, id: number) =>
  q.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();

export const findPublished = (q: Q, id: number) =>
  q.selectFrom('publications').selectAll().where('id', '=', id).where('status', '=', 'published').executeTakeFirst();

export async function insert(q: Q, row: Insertable<PublicationTable>): Promise<number> {
  const { id } = await q.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Column memberships copy the publish date of published items: every status or date change passes it on. */
async function afterChange(q: Q, id: number, changes: Updateable<PublicationTable>): Promise<void> {
  if (changes.status !== undefined || changes.publish_date !== undefined) await syncListedDate(q, id);
}

export async function update(q: Q, id: number, changes: Updateable<PublicationTable>): Promise<void> {
  await q.updateTable('publications').set(changes).where('id', '=', id).execute();
  await afterChange(q, id, changes);
}

/**
 * Changes the row only if it is still in `status`; returns whether it did. Two processes racing on
 * the same item (the scheduler, a double click) see exactly one success.
 */
export async function updateIfStatus(
  q: Q,
  id: number,
  status: string,
  changes: Updateable<PublicationTable>,
): Promise<boolean> {
  const r = await q
    .updateTable('publications')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  const changed = Number(r.numUpdatedRows) > 0;
  if (changed) await afterChange(q, id, changes);
  return changed;
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
    .onConflict((oc) =>
      oc.columns(['organization_id', 'year']).doUpdateSet({ last_seq: sql<number>`index_counters.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export async function insertRevision(q: Q, row: Insertable<PublicationRevisionTable>): Promise<void> {
  await q.insertInto('publication_revisions').values(row).execute();
}

export const findRevision = (q: Q, publicationId: number, revision: number) =>
  q
    .selectFrom('publication_revisions')
    .selectAll()
    .where('publication_id', '=', publicationId)
    .where('revision', '=', revision)
    .executeTakeFirst();

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

/**
 * What public lists show of an item (its summary, plus the fields feeds use), with the names of
 * its organization and category. Not `p.*`: building rows of all ~36 columns costs more than the
 * indexed queries that find them.
 */
const LISTED = [
  'p.id',
  'p.title',
  'p.summary',
  'p.index_no',
  'p.publish_date',
  'p.published_at',
  'p.doc_number',
  'p.validity',
  'o.slug as org_slug',
  'o.name as org_name',
  'c.name as category_name',
] as const;

/** Published rows by id as lists show them, with the plain text (for search snippets), in one query. */
export function publishedWithOrg(q: Q, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('publications as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select([...LISTED, 'p.body_text'])
    .where('p.id', 'in', [...ids])
    .where('p.status', '=', 'published')
    .execute();
}

export interface PublicFilter {
  organizationId?: number;
  /** Category ids to include (a category and its descendants). */
  categoryIds?: number[];
  /**
   * A column of `organizationId`. Only the organization's own items are filed in its columns (the
   * API checks), so with a column the organization needs no separate test.
   */
  columnId?: number;
  year?: number;
}

/**
 * The published items under a filter as rows `s(id, publish_date)`, read from the narrowest index
 * that answers it: a column's memberships (`publication_columns_latest`), a category's entries
 * (`publications_category`) or the organization's (`publications_public`). Ordering, counting and
 * year bounds on `s` then stay inside that index.
 */
function listed(q: Q, f: Omit<PublicFilter, 'year'>) {
  if (f.columnId !== undefined) {
    let members = q
      .selectFrom('publication_columns')
      .select(['publication_id as id', 'publish_date'])
      .where('column_id', '=', f.columnId)
      .where('publish_date', 'is not', null);
    const categoryIds = f.categoryIds;
    if (categoryIds) {
      members = members.where('publication_id', 'in', (eb) =>
        eb
          .selectFrom('publications')
          .select('id')
          .where('category_id', 'in', categoryIds.length > 0 ? categoryIds : [-1]),
      );
    }
    return q.selectFrom(members.as('s'));
  }
  let items = q.selectFrom('publications').select(['id', 'publish_date']).where('status', '=', 'published');
  if (f.categoryIds) items = items.where('category_id', 'in', f.categoryIds.length > 0 ? f.categoryIds : [-1]);
  if (f.organizationId !== undefined) items = items.where('organization_id', '=', f.organizationId);
  return q.selectFrom(items.as('s'));
}

function publicFiltered(q: Q, f: PublicFilter) {
  const query = listed(q, f);
  return f.year === undefined
    ? query
    : query.where('s.publish_date', '>=', `${f.year}-01-01`).where('s.publish_date', '<=', `${f.year}-12-31`);
}

/** A page of published items as lists show them (`LISTED`), newest first. */
export function publicPage(q: Q, f: PublicFilter, limit: number, offset: number) {
  // The page's ids come from the index alone; only those rows are then read in full.
  const page = publicFiltered(q, f)
    .select(['s.id', 's.publish_date'])
    .orderBy('s.publish_date', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .offset(offset);
  return q
    .selectFrom(page.as('l'))
    .innerJoin('publications as p', 'p.id', 'l.id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select(LISTED)
    .orderBy('l.publish_date', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
}

/**
 * The newest `limit` published items of each column (rows as `publicPage`'s, with `column_id`), in
 * one query: one index walk per column, united.
 */
export async function publicLatestByColumn(q: Q, columnIds: readonly number[], limit: number) {
  const walks = columnIds.map((columnId) =>
    q
      .selectFrom(
        q
          .selectFrom('publication_columns')
          .select(['column_id', 'publication_id as id', 'publish_date'])
          .where('column_id', '=', columnId)
          .where('publish_date', 'is not', null)
          .orderBy('publish_date', 'desc')
          .orderBy('publication_id', 'desc')
          .limit(limit)
          .as('w'),
      )
      .selectAll(),
  );
  const [first, ...rest] = walks;
  if (!first) return [];
  return q
    .selectFrom(rest.reduce((all, walk) => all.unionAll(walk), first).as('l'))
    .innerJoin('publications as p', 'p.id', 'l.id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select([...LISTED, 'l.column_id'])
    .orderBy('l.column_id')
    .orderBy('l.publish_date', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
}

export async function publicCount(q: Q, f: PublicFilter): Promise<number> {
  const r = await publicFiltered(q, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Years that have published items under the filter (ignoring its own year), newest first. One
 * index seek per year (the latest date before the previous year's start) instead of a scan of all
 * rows, chained in one recursive query rather than a round trip per year.
 */
export async function publicYears(q: Q, f: PublicFilter): Promise<number[]> {
  const latestBefore = (bound: RawBuilder<string>) =>
    listed(q, f)
      .where('s.publish_date', '<', bound)
      .select((eb) => eb.fn.max('s.publish_date').as('latest'));
  const { rows } = await sql<{ latest: string }>`
    WITH RECURSIVE y(latest) AS (
      SELECT (${latestBefore(sql.lit('9999-12-31'))})
      UNION ALL
      SELECT (${latestBefore(sql`substr(y.latest, 1, 4) || '-01-01'`)}) FROM y WHERE y.latest IS NOT NULL
    )
    SELECT latest FROM y WHERE latest IS NOT NULL`.execute(q);
  return rows.map((r) => Number(r.latest.slice(0, 4)));
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
  if (f.q)
    query = query.where((eb) =>
      eb.or([
        eb('p.title', 'like', `%${f.q}%`),
        eb('p.doc_number', 'like', `%${f.q}%`),
        eb('p.index_no', 'like', `%${f.q}%`),
      ]),
    );
  if (f.categoryId !== undefined) query = query.where('p.category_id', '=', f.categoryId);
  if (f.columnId !== undefined) {
    const columnId = f.columnId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('publication_columns as pc')
          .select('pc.publication_id')
          .whereRef('pc.publication_id', '=', 'p.id')
          .where('pc.column_id', '=', columnId),
      ),
    );
  }
  if (f.year !== undefined)
    query = query.where('p.created_at', '>=', `${f.year}-01-01`).where('p.created_at', '<', `${f.year + 1}-01-01`);
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
  const r = await staffFiltered(q, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
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
  await q
    .updateTable('content_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

export async function contentVersion(q: Q): Promise<number> {
  const r = await q.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(r.version);
}
