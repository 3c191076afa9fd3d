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

/** A user for rows that need an author or actor (no organization, no roles). */
export async function insertTestUser(db: Kysely<Database>, username: string, now = new Date().toISOString()) {
  const row = await db
    .insertInto('users')
    .values({
      organization_id: null,
      username,
      display_name: username,
      password_hash: 'x',
      roles: '[]',
      locked_until: null,
      disabled: 0,
      must_change_password: 0,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
