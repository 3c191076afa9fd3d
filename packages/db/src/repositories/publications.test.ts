import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { publicationRow } from '../demo/publication-writer.js';
import { testDialects } from '../testing/test-db.js';
import * as columnsRepo from './columns.js';
import * as publicationsRepo from './publications.js';
import { insertTestOrganization } from '../testing/rows.js';

describe.each(testDialects())('public listings on $name', (dialect) => {
  let db: Db;
  let org = 0;
  let otherOrg = 0;
  let news = 0;
  let notices = 0;
  let parentCategory = 0;
  let childCategory = 0;
  let author = 0;

  const columnItems = (columnId: number) =>
    publicationsRepo
      .publicPage(db.db, { organizationId: org, columnId }, 10, 0)
      .then((rows) => rows.map((r) => r.title));
  const memberDates = (publicationId: number) =>
    db.db
      .selectFrom('publication_columns')
      .select('publish_date')
      .where('publication_id', '=', publicationId)
      .execute();

  /** A row in `status`, filed in `columnIds`, through the repositories the API uses. */
  async function add(
    title: string,
    status: string,
    publishDate: string | null,
    columnIds: number[],
    categoryId: number | null = null,
    organizationId = org,
  ) {
    const now = new Date().toISOString();
    const orgRef = { id: organizationId, code: String(organizationId), index_pattern: '{code}/{year}-{seq}' };
    const item = {
      title,
      summary: '',
      bodyHtml: '',
      bodyText: '',
      topic: '',
      genre: '',
      issuingBody: '',
      writtenDate: null,
      categoryId,
      columnIds,
    };
    const id = await publicationsRepo.insert(
      db.db,
      publicationRow(orgRef, { authorId: author, reviewerId: null, publisherId: null }, item, {
        status,
        publish_date: publishDate,
        submitted_at: null,
        reviewed_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    await columnsRepo.setForPublication(db.db, id, columnIds);
    return id;
  }

  beforeAll(async () => {
    db = await dialect.open();
    const now = new Date().toISOString();
    const orgIds: number[] = [];
    for (const slug of ['mianyang', 'huacheng']) {
      orgIds.push(await insertTestOrganization(db.db, slug, now));
    }
    [org, otherOrg] = orgIds as [number, number];
    const column = (slug: string) =>
      db.db
        .insertInto('site_columns')
        .values({ organization_id: org, slug, name: slug, description: '', sort_order: 0, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
    news = (await column('zwdt')).id;
    notices = (await column('gsgg')).id;
    const category = (name: string, parentId: number | null) =>
      db.db
        .insertInto('categories')
        .values({ organization_id: org, parent_id: parentId, name, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
    parentCategory = (await category('规章制度类信息', null)).id;
    childCategory = (await category('规范性文件', parentCategory)).id;
    author = (
      await db.db
        .insertInto('users')
        .values({
          organization_id: null,
          username: 'u',
          display_name: 'u',
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
        .executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('lists a column newest first, with drafts left out until they are published', async () => {
    await add('二〇二三年旧闻', 'published', '2023-05-01', [news]);
    await add('二〇二四年新闻', 'published', '2024-06-01', [news, notices], childCategory);
    const draft = await add('草稿', 'draft', null, [news]);
    expect(await memberDates(draft)).toEqual([{ publish_date: null }]);
    expect(await columnItems(news)).toEqual(['二〇二四年新闻', '二〇二三年旧闻']);
    expect(await publicationsRepo.publicCount(db.db, { organizationId: org, columnId: news })).toBe(2);
    expect(await publicationsRepo.publicYears(db.db, { organizationId: org, columnId: news })).toEqual([2024, 2023]);

    await publicationsRepo.updateIfStatus(db.db, draft, 'draft', { status: 'published', publish_date: '2025-01-02' });
    expect(await memberDates(draft)).toEqual([{ publish_date: '2025-01-02' }]);
    expect(await columnItems(news)).toEqual(['草稿', '二〇二四年新闻', '二〇二三年旧闻']);
    expect(await publicationsRepo.publicCount(db.db, { organizationId: org, columnId: news, year: 2025 })).toBe(1);
  });

  it('drops withdrawn items from their columns and keeps the date when columns change', async () => {
    const id = await add('将撤回', 'published', '2024-07-01', [notices]);
    expect(await columnItems(notices)).toContain('将撤回');
    await columnsRepo.setForPublication(db.db, id, [news, notices]);
    expect(await memberDates(id)).toEqual([{ publish_date: '2024-07-01' }, { publish_date: '2024-07-01' }]);

    await publicationsRepo.update(db.db, id, { status: 'withdrawn' });
    expect(await memberDates(id)).toEqual([{ publish_date: null }, { publish_date: null }]);
    expect(await columnItems(notices)).not.toContain('将撤回');
    expect(await columnItems(news)).not.toContain('将撤回');
  });

  it('gives the newest items of several columns in one query', async () => {
    const rows = await publicationsRepo.publicLatestByColumn(db.db, [news, notices], 2);
    expect(rows.map((r) => [r.column_id, r.title])).toEqual([
      [news, '草稿'],
      [news, '二〇二四年新闻'],
      [notices, '二〇二四年新闻'],
    ]);
    expect(await publicationsRepo.publicLatestByColumn(db.db, [], 2)).toEqual([]);
  });

  it('lists by organization and category, counting and paging from the index', async () => {
    await add('别处的文件', 'published', '2024-08-01', [], null, otherOrg);
    await add('上级分类文件', 'published', '2022-01-01', [], parentCategory);
    const scope = { organizationId: org, categoryIds: [parentCategory, childCategory] };
    expect((await publicationsRepo.publicPage(db.db, scope, 10, 0)).map((r) => r.title)).toEqual([
      '二〇二四年新闻',
      '上级分类文件',
    ]);
    expect((await publicationsRepo.publicPage(db.db, scope, 1, 1)).map((r) => r.title)).toEqual(['上级分类文件']);
    expect(await publicationsRepo.publicCount(db.db, scope)).toBe(2);
    expect(await publicationsRepo.publicYears(db.db, scope)).toEqual([2024, 2022]);
    expect(await publicationsRepo.publicCount(db.db, { organizationId: org })).toBe(4);
    expect(await publicationsRepo.publicCount(db.db, {})).toBe(5);
    const [newest] = await publicationsRepo.publicPage(db.db, { organizationId: org }, 1, 0);
    expect(newest).toMatchObject({
      title: '草稿',
      org_slug: 'mianyang',
      category_name: null,
      publish_date: '2025-01-02',
    });
  });
});
