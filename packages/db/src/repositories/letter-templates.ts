import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Query module for `letter_templates`: an organization's own wording of a request letter, at most
 * one per kind. A kind without a row uses the built-in default.
 */
type Q = Kysely<Database>;

export const listForOrg = (q: Q, organizationId: number) =>
  q.selectFrom('letter_templates').selectAll().where('organization_id', '=', organizationId).orderBy('id').execute();

export const find = (q: Q, organizationId: number, kind: string) =>
  q
    .selectFrom('letter_templates')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .executeTakeFirst();

export interface SavedTemplate {
  organizationId: number;
  kind: string;
  title: string;
  body: string;
  updatedBy: number;
  updatedAt: string;
}

/** Inserts or replaces the organization's template of the kind. */
export async function save(q: Q, t: SavedTemplate): Promise<void> {
  const changes = { title: t.title, body: t.body, updated_by: t.updatedBy, updated_at: t.updatedAt };
  await q
    .insertInto('letter_templates')
    .values({ organization_id: t.organizationId, kind: t.kind, ...changes })
    .onConflict((oc) => oc.columns(['organization_id', 'kind']).doUpdateSet(changes))
    .execute();
}

/** Deletes the organization's template of the kind; resolves to whether there was one. */
export async function remove(q: Q, organizationId: number, kind: string): Promise<boolean> {
  const r = await q
    .deleteFrom('letter_templates')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
