import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { insertReportFixture, type ReportFixture } from '../testing/report-fixture.js';
import { testDialects } from '../testing/test-db.js';
import * as viewsRepo from './views.js';

describe.each(testDialects())('view counts on $name', (dialect) => {
  let db: Db;
  let f: ReportFixture;

  beforeAll(async () => {
    db = await dialect.open();
    f = await insertReportFixture(db.db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('adds to the item’s day under the item’s organization, and to its total', async () => {
    const item = f.publications.p3;
    await viewsRepo.add(db.db, item, '2024-08-01', 3);
    await viewsRepo.add(db.db, item, '2024-08-01', 4);
    expect(await db.db.selectFrom('view_counts').selectAll().where('publication_id', '=', item).execute()).toEqual([
      { publication_id: item, organization_id: f.org, day: '2024-08-01', count: 7 },
    ]);
    const { view_count } = await db.db
      .selectFrom('publications')
      .select('view_count')
      .where('id', '=', item)
      .executeTakeFirstOrThrow();
    expect(view_count).toBe(7);
  });
});
