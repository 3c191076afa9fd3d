import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CategoryTable, Database } from '../schema.js';

/** Query module for `categories` (the 公开目录 tree of each organization). */
type Q = Kysely<Database>;

export const listForOrg = (q: Q, organizationId: number) =>
  q
    .selectFrom('categories')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();

export const findById = (q: Q, id: number) =>
  q.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();

export const listByIds = (q: Q, ids: readonly number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('categories')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();

export async function insert(q: Q, row: Insertable<CategoryTable>): Promise<number> {
  const { id } = await q.insertInto('categories').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function update(q: Q, id: number, changes: Updateable<CategoryTable>): Promise<void> {
  await q.updateTable('categories').set(changes).where('id', '=', id).execute();
}

export async function remove(q: Q, id: number): Promise<void> {
  await q.deleteFrom('categories').where('id', '=', id).execute();
}

/** Whether anything still points at the category (children or publications of any status). */
export async function isInUse(q: Q, id: number): Promise<{ children: boolean; publications: boolean }> {
  const [child, pub] = await Promise.all([
    q.selectFrom('categories').select('id').where('parent_id', '=', id).limit(1).executeTakeFirst(),
    q.selectFrom('publications').select('id').where('category_id', '=', id).limit(1).executeTakeFirst(),
  ]);
  return { children: child !== undefined, publications: pub !== undefined };
}

/** Published items directly in each of the given categories (one organization's, via its index). */
export async function publishedCounts(q: Q, categoryIds: readonly number[]): Promise<Map<number, number>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await q
    .selectFrom('publications')
    .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('category_id', 'in', [...categoryIds])
    .where('status', '=', 'published')
    .groupBy('category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id!, Number(r.n)]));
}
