import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, OrganizationTable } from '../schema.js';

/** Query module for `organizations`. Every function takes the database or a transaction. */
type Q = Kysely<Database>;

export const findById = (q: Q, id: number) =>
  q.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();

export const findBySlug = (q: Q, slug: string) =>
  q.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();

export const findPrimary = (q: Q) =>
  q
    .selectFrom('organizations')
    .selectAll()
    .orderBy('is_primary', 'desc')
    .orderBy('sort_order')
    .orderBy('id')
    .executeTakeFirst();

export const list = (q: Q) => q.selectFrom('organizations').selectAll().orderBy('sort_order').orderBy('id').execute();

export const listByIds = (q: Q, ids: readonly number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('organizations')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();

export async function insert(q: Q, row: Insertable<OrganizationTable>): Promise<number> {
  const { id } = await q.insertInto('organizations').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function update(q: Q, id: number, changes: Updateable<OrganizationTable>): Promise<void> {
  await q.updateTable('organizations').set(changes).where('id', '=', id).execute();
}

export async function count(q: Q): Promise<number> {
  const r = await q
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
