import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, UserTable } from '../schema.js';

/** Query module for `users`. */
type Q = Kysely<Database>;

export const findById = (q: Q, id: number) => q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const findByUsername = (q: Q, username: string) =>
  q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

/** All users, or those of one organization; ordered for display. */
export function list(q: Q, organizationId?: number) {
  let query = q.selectFrom('users').selectAll();
  if (organizationId !== undefined) query = query.where('organization_id', '=', organizationId);
  return query.orderBy('organization_id').orderBy('username').execute();
}

export const listByIds = (q: Q, ids: readonly number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...ids])
        .execute();

export async function insert(q: Q, row: Insertable<UserTable>): Promise<number> {
  const { id } = await q.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function update(q: Q, id: number, changes: Updateable<UserTable>): Promise<void> {
  await q.updateTable('users').set(changes).where('id', '=', id).execute();
}
