import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './connect.js';
import { publicationRow } from './demo/publication-writer.js';
import { migrations } from './migrations/index.js';
import { insertTestOrganization, insertTestUser } from './testing/rows.js';
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

describe.each(testDialects())('migration 0004 on $name', (dialect) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.destroy();
  });

  it('copies each view row’s organization from its item', async () => {
    db = await dialect.openBare();
    const [reports, ...earlier] = [...migrations].reverse();
    for (const m of earlier.reverse()) await m.up(db.db, db.dialect);
    const org = await insertTestOrganization(db.db, 'town');
    const author = await insertTestUser(db.db, 'editor');
    const item = publicationRow(
      { id: org, code: 'town', index_pattern: '{code}/{year}-{seq}' },
      { authorId: author, reviewerId: null, publisherId: null },
      {
        title: '条目',
        summary: '',
        bodyHtml: '',
        bodyText: '',
        topic: '',
        genre: '',
        issuingBody: '',
        writtenDate: null,
        categoryId: null,
        columnIds: [],
      },
      {
        status: 'published',
        publish_date: '2024-01-02',
        submitted_at: null,
        reviewed_at: null,
        created_at: '',
        updated_at: '',
      },
    );
    const { id } = await db.db.insertInto('publications').values(item).returning('id').executeTakeFirstOrThrow();
    await sql`INSERT INTO view_counts (publication_id, day, count) VALUES (${id}, '2024-01-02', 5)`.execute(db.db);

    expect(reports!.name).toBe('0004-reports');
    await reports!.up(db.db, db.dialect);
    expect(await db.db.selectFrom('view_counts').selectAll().execute()).toEqual([
      { publication_id: id, organization_id: org, day: '2024-01-02', count: 5 },
    ]);
  });
});
