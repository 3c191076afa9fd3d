import { queryTerms, searchTokens } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { publicationRow } from '../demo/publication-writer.js';
import { testDialects } from '../testing/test-db.js';
import { createJiebaSegmenter } from './jieba-segmenter.js';
import { insertTestOrganization } from '../testing/rows.js';
import {
  RANK_WINDOW,
  SEARCH_CAP,
  indexPublication,
  indexPublications,
  removeFromIndex,
  searchPublications,
  type SearchQuery,
} from './search-index.js';

const segmenter = createJiebaSegmenter(['华城镇人民政府']);

const tokensOf = (title: string, docNumber = '') => searchTokens(segmenter, { title, docNumber });
const termsOf = (q: string) => queryTerms(segmenter, q);

const docs = [
  { title: '棉洋镇2015年政府信息公开工作年度报告', year: 2016, category: 0, doc: '' },
  { title: '关于进一步做好政府信息公开工作的通知', year: 2015, category: 1, doc: '华府办发〔2015〕117号' },
  { title: '华城镇人民政府关于春耕生产的通知', year: 2015, category: 1, doc: '' },
  { title: '棉洋村道路硬底化工程公示', year: 2014, category: 2, doc: '' },
  { title: '年度工作要点', year: 2015, category: 0, doc: '' },
];

describe.each(testDialects())('search index on $name', (dialect) => {
  let db: Db;
  const ids: number[] = [];
  let orgs: number[] = [];
  let cats: number[] = [];

  beforeAll(async () => {
    db = await dialect.open();
    const now = new Date().toISOString();
    orgs = [];
    for (const slug of ['mianyang', 'huacheng']) {
      orgs.push(await insertTestOrganization(db.db, slug, now));
    }
    cats = [];
    for (const name of ['年度报告类', '其它类信息', '公示公告类']) {
      const c = await db.db
        .insertInto('categories')
        .values({ organization_id: orgs[0]!, parent_id: null, name, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      cats.push(c.id);
    }
    const user = await db.db
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
      .executeTakeFirstOrThrow();
    for (const [i, d] of docs.entries()) {
      const org = d.title.startsWith('华城镇') ? orgs[1]! : orgs[0]!;
      const orgRef = { id: org, code: String(org), index_pattern: '{code}/{year}-{seq}' };
      const staff = { authorId: user.id, reviewerId: null, publisherId: null };
      const item = {
        title: d.title,
        summary: '',
        bodyHtml: '',
        bodyText: '',
        topic: '',
        genre: '',
        issuingBody: '',
        writtenDate: null,
        docNumber: d.doc,
        categoryId: cats[d.category]!,
        columnIds: [],
      };
      const publish_date = `${d.year}-03-0${i + 1}`;
      const row = publicationRow(orgRef, staff, item, {
        status: 'published',
        publish_date,
        submitted_at: null,
        reviewed_at: null,
        created_at: now,
        updated_at: now,
      });
      const p = await db.db.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow();
      ids.push(p.id);
      await indexPublication(db, {
        publicationId: p.id,
        organizationId: org,
        categoryId: cats[d.category]!,
        year: d.year,
        tokens: tokensOf(d.title, d.doc),
      });
    }
  });
  afterAll(() => db?.destroy());

  const search = (q: string, extra: Partial<SearchQuery> = {}) =>
    searchPublications(db, { terms: termsOf(q), limit: 20, offset: 0, ...extra });

  it('finds a place name', async () => {
    const r = await search('棉洋镇');
    expect(r.ids).toEqual([ids[0]]);
    expect(r.total).toBe(1);
  });

  it('finds a two-character word inside a longer compound', async () => {
    const r = await search('公开');
    expect(r.ids.sort()).toEqual([ids[0], ids[1]].sort());
    expect((await search('报告')).ids).toEqual([ids[0]]);
  });

  it('finds a shorter word inside a long dictionary word', async () => {
    expect((await search('人民政府')).ids).toEqual([ids[2]]);
    expect((await search('华城镇人民政府')).ids).toEqual([ids[2]]);
  });

  it('requires every term', async () => {
    expect((await search('棉洋镇 通知')).ids).toEqual([]);
    expect((await search('政府信息公开 通知')).ids).toEqual([ids[1]]);
  });

  it('finds a 文号 by its compact token whatever the brackets', async () => {
    expect(termsOf('华府办发[2015]117号')).toEqual(['华府办发2015117号']);
    expect((await search('华府办发[2015]117号')).ids).toEqual([ids[1]]);
    expect((await search('华府办发（2015）117号')).ids).toEqual([ids[1]]);
    const only = await searchPublications(db, { terms: [], docNumberToken: '华府办发2015117号', limit: 20, offset: 0 });
    expect(only.ids).toEqual([ids[1]]);
  });

  it('filters by organization, category and year, with facets', async () => {
    const all = await search('通知');
    expect(all.total).toBe(2);
    expect((await search('通知', { organizationId: orgs[1]! })).ids).toEqual([ids[2]]);
    expect((await search('公开', { year: 2015 })).ids).toEqual([ids[1]]);
    const byCategory = await search('公开', { categoryIds: [cats[0]!] });
    expect(byCategory.ids).toEqual([ids[0]]);
    expect(byCategory.facets).toEqual({ years: [{ year: 2016, count: 1 }], categories: [{ id: cats[0]!, count: 1 }] });
    const unfiltered = await search('公开');
    expect(unfiltered.exact).toBe(true);
    expect(unfiltered.facets.years).toEqual([
      { year: 2016, count: 1 },
      { year: 2015, count: 1 },
    ]);
    expect(unfiltered.facets.categories.sort((a, b) => a.id - b.id)).toEqual([
      { id: cats[0]!, count: 1 },
      { id: cats[1]!, count: 1 },
    ]);
    expect((await search('公开', { categoryIds: [] })).total).toBe(0);
  });

  it('pages, newest first among equal matches', async () => {
    const first = await search('通知', { limit: 1, offset: 0 });
    const second = await search('通知', { limit: 1, offset: 1 });
    expect(first.total).toBe(2);
    expect([...first.ids, ...second.ids].sort()).toEqual([ids[1], ids[2]].sort());
    expect((await search('通知', { limit: 1, offset: 5 })).ids).toEqual([]);
  });

  it('treats query syntax as plain text', async () => {
    for (const q of [
      '"',
      '""公开',
      '*',
      '公开*',
      'OR',
      'a OR b',
      '公开 OR 报告',
      ':',
      'tokens:公开',
      '-',
      '-公开',
      'NEAR(公开 报告)',
      "'; DROP TABLE x; --",
      '&|!<->()',
    ]) {
      await expect(search(q)).resolves.toBeDefined();
      await expect(
        searchPublications(db, { terms: [q], docNumberToken: q, limit: 5, offset: 0 }),
      ).resolves.toBeDefined();
    }
    expect((await searchPublications(db, { terms: ['公开"'], limit: 5, offset: 0 })).total).toBe(2);
    expect((await searchPublications(db, { terms: [' ', '，'], limit: 5, offset: 0 })).total).toBe(0);
  });

  it('bounds the work on very common words, keeping pages consistent', async () => {
    const now = new Date().toISOString();
    const user = await db.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const orgRef = { id: orgs[1]!, code: 'bulk', index_pattern: '{code}/{year}-{seq}' };
    const staff = { authorId: user.id, reviewerId: null, publisherId: null };
    const n = SEARCH_CAP + 50;
    const rows = Array.from({ length: n }, (_, i) =>
      publicationRow(
        orgRef,
        staff,
        {
          title: `t${i}`,
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
          publish_date: '2020-01-01',
          submitted_at: null,
          reviewed_at: null,
          created_at: now,
          updated_at: now,
        },
      ),
    );
    const bulk: number[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await db.db
        .insertInto('publications')
        .values(rows.slice(i, i + 500))
        .returning('id')
        .execute();
      bulk.push(...inserted.map((r) => r.id));
    }
    // Every third row says the word twice, so relevance and recency disagree.
    await indexPublications(
      db,
      bulk.map((id, i) => ({
        publicationId: id,
        organizationId: orgs[1]!,
        categoryId: null,
        year: 2020,
        tokens: i % 3 ? '常见词' : '常见词 常见词 常见词',
      })),
    );

    const first = await searchPublications(db, { terms: ['常见词'], limit: 20, offset: 0 });
    expect(first.total).toBe(n);
    expect(first.exact).toBe(false);
    expect(first.facets.years).toEqual([{ year: 2020, count: SEARCH_CAP }]);
    const filtered = await searchPublications(db, {
      terms: ['常见词'],
      organizationId: orgs[1]!,
      limit: 20,
      offset: 0,
    });
    expect(filtered.total).toBe(SEARCH_CAP);

    // Walk across the end of the ranking window: no id twice, none skipped.
    const pageSize = 30;
    const seen: number[] = [];
    for (let offset = RANK_WINDOW - 4 * pageSize; offset < RANK_WINDOW + 4 * pageSize; offset += pageSize) {
      seen.push(...(await searchPublications(db, { terms: ['常见词'], limit: pageSize, offset })).ids);
    }
    expect(new Set(seen).size).toBe(8 * pageSize);
    const head = await searchPublications(db, { terms: ['常见词'], limit: RANK_WINDOW - 4 * pageSize, offset: 0 });
    expect(head.ids.filter((id) => seen.includes(id))).toEqual([]);
    // Inside the window the stronger matches come first.
    const strong = new Set(bulk.filter((_, i) => i % 3 === 0));
    expect(first.ids.every((id) => strong.has(id))).toBe(true);
    await db.db.deleteFrom('publication_search').where('publication_id', 'in', bulk).execute();
  });

  it('updates and removes rows', async () => {
    await indexPublication(db, {
      publicationId: ids[4]!,
      organizationId: orgs[0]!,
      categoryId: null,
      year: 2015,
      tokens: tokensOf('应急预案'),
    });
    expect((await search('工作')).ids).not.toContain(ids[4]);
    expect((await search('应急预案')).ids).toEqual([ids[4]]);
    await removeFromIndex(db, ids[4]!);
    expect((await search('应急预案')).ids).toEqual([]);
  });
});

describe('jieba segmenter', () => {
  it('keeps place names and statutory terms whole in cut, splits them for search', () => {
    expect(segmenter.cut('五华县棉洋镇公开指南')).toEqual(['五华县', '棉洋镇', '公开指南']);
    const forSearch = segmenter.cutForSearch('政府信息公开工作年度报告');
    expect(forSearch).toEqual(expect.arrayContaining(['政府信息公开', '公开', '年度报告', '报告']));
    expect(segmenter.cut('华城镇人民政府')).toEqual(['华城镇人民政府']);
  });
});
