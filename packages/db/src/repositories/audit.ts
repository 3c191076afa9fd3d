import type { AuditChainEntry } from '@gongkai/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../schema.js';

/** Query module for `audit_log` and its single-row chain head. */
type Q = Kysely<Database>;

/** A stored row as the domain's chain verification reads it. */
export const toChainEntry = (r: Selectable<AuditLogTable>): AuditChainEntry => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  organizationId: r.organization_id,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  summary: r.summary,
  detail: r.detail,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * A no-op write on the head row: it takes the row's write lock (PostgreSQL) or the database write
 * lock (SQLite) so concurrent appends queue here instead of forking the chain.
 */
export async function lockHead(q: Q): Promise<void> {
  await q
    .updateTable('audit_head')
    .set((eb) => ({ last_id: eb.ref('last_id') }))
    .where('id', '=', 1)
    .execute();
}

export const readHead = (q: Q) => q.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export async function insert(q: Q, row: Insertable<AuditLogTable>): Promise<number> {
  const { id } = await q.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateHead(q: Q, lastId: number, lastHash: string): Promise<void> {
  await q.updateTable('audit_head').set({ last_id: lastId, last_hash: lastHash }).where('id', '=', 1).execute();
}

export interface AuditFilter {
  organizationId?: number;
  actor?: string;
  action?: string;
  entityType?: string;
  /** Inclusive lower bound on `at` (ISO instant). */
  from?: string;
  /** Exclusive upper bound on `at` (ISO instant). */
  to?: string;
}

function filtered(q: Q, f: AuditFilter) {
  let query = q.selectFrom('audit_log');
  if (f.organizationId !== undefined) query = query.where('organization_id', '=', f.organizationId);
  if (f.actor) query = query.where('actor_name', 'like', `%${f.actor}%`);
  if (f.action) query = query.where('action', '=', f.action);
  if (f.entityType) query = query.where('entity_type', '=', f.entityType);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  return query;
}

export async function page(q: Q, f: AuditFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(q, f).selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    filtered(q, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Entries in chain order, in batches so a long log never sits in memory at once. */
export async function* inChainOrder(q: Q, batchSize = 1000) {
  let after = 0;
  for (;;) {
    const rows = await q
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}
