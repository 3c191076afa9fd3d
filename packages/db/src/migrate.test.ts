import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './connect.js';
import { testDialects } from './testing/test-db.js';

describe.each(testDialects())('migrations on $name', (dialect) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.destroy();
  });

  it('creates every table and seeds the singleton rows', async () => {
    db = await dialect.open();
    const head = await db.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toEqual({ id: 1, last_id: 0, last_hash: '' });
    const version = await db.db.selectFrom('content_version').select('version').executeTakeFirstOrThrow();
    expect(version.version).toBe(1);
    const { count } = await db.db
      .selectFrom('publications')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(0);
  });
});
