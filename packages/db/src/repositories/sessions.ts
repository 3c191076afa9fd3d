import type { Insertable, Kysely } from 'kysely';
import type { Database, SessionTable } from '../schema.js';

/** Query module for `sessions` (tokens are stored as their SHA-256 only). */
type Q = Kysely<Database>;

export async function insert(q: Q, row: Insertable<SessionTable>): Promise<number> {
  const { id } = await q.insertInto('sessions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findByTokenHash = (q: Q, tokenHash: string) =>
  q.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export async function touch(q: Q, id: number, lastSeenAt: string): Promise<void> {
  await q.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function remove(q: Q, id: number): Promise<void> {
  await q.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (password reset, account disabled). */
export async function removeForUser(q: Q, userId: number, exceptId?: number): Promise<void> {
  let query = q.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  await query.execute();
}
