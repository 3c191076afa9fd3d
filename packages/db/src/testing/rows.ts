import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A bare organization for repository tests: only what the schema requires. */
export async function insertTestOrganization(
  db: Kysely<Database>,
  slug: string,
  now = new Date().toISOString(),
): Promise<number> {
  const row = await db
    .insertInto('organizations')
    .values({
      slug,
      name: slug,
      short_name: '',
      kind: '机关',
      code: slug,
      parent_id: null,
      is_primary: 0,
      office_name: '',
      address: '',
      office_hours: '',
      phone: '',
      fax: '',
      email: '',
      hotline: '',
      postcode: '',
      guide_text: '',
      index_pattern: '{code}/{year}-{seq}',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
