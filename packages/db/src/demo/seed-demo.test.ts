import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyReportRecords, queryTerms } from '@gongkai/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { createLocalFileStorage } from '../files/file-storage.js';
import { loadReportRecords } from '../repositories/report-records.js';
import { createJiebaSegmenter } from '../search/jieba-segmenter.js';
import { searchPublications } from '../search/search-index.js';
import { testDialects } from '../testing/test-db.js';
import { FOUNDING_REPORT_TITLE } from './founding-report.js';
import { seedDemo, type SeedDemoOptions } from './seed-demo.js';
import { COUNTY_NOTICE, FIGURES_2015 } from './year-2015.js';

const segmenter = createJiebaSegmenter();
const now = new Date('2026-05-20T02:00:00.000Z');

describe.each(testDialects())('demo seed on $name', (dialect) => {
  let db: Db;
  let dir: string;
  let options: SeedDemoOptions;
  let town: number;
  let seconds = 0;

  beforeAll(async () => {
    db = await dialect.open();
    dir = mkdtempSync(path.join(tmpdir(), 'gongkai-demo-'));
    options = { files: createLocalFileStorage(dir), segmenter, now, hashPassword: (pw) => `test:${pw}` };
    const started = performance.now();
    const result = await seedDemo(db, options);
    seconds = (performance.now() - started) / 1000;
    expect(result.seeded).toBe(true);
    town = (
      await db.db.selectFrom('organizations').select('id').where('slug', '=', 'mianyang').executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const published2015 = () =>
    db.db
      .selectFrom('publications')
      .where('publications.organization_id', '=', town)
      .where('publications.status', '=', 'published')
      .where('publications.publish_date', '>=', '2015-01-01')
      .where('publications.publish_date', '<=', '2015-12-31');

  it('is fast enough to run at every demo start', () => {
    console.log(`demo seed on ${dialect.name}: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
  });

  it('has the founding report’s catalogue figures for 2015', async () => {
    const count = async (q: ReturnType<typeof published2015>) =>
      Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count(published2015().where('category_id', 'is not', null))).toBe(FIGURES_2015.catalogue);
    expect(await count(published2015().where('category_id', 'is not', null).where('doc_number', '!=', ''))).toBe(
      FIGURES_2015.withDocNumber,
    );
    expect(await count(published2015().where('category_id', 'is not', null).where('is_normative', '=', 1))).toBe(
      FIGURES_2015.normative,
    );
  });

  it('has the column figures for 2015 outside the catalogue', async () => {
    for (const [slug, expected] of Object.entries(FIGURES_2015.columns)) {
      const row = await published2015()
        .innerJoin('publication_columns as pc', 'pc.publication_id', 'publications.id')
        .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
        .where('c.slug', '=', slug)
        .where('publications.category_id', 'is', null)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n), slug).toBe(expected);
    }
  });

  it('counts exactly 3,130,000 views in 2015, per item and per day', async () => {
    const days = await db.db
      .selectFrom('view_counts')
      .where('day', '>=', '2015-01-01')
      .where('day', '<=', '2015-12-31')
      .select((eb) => [eb.fn.sum<number>('count').as('total'), eb.fn.countAll<number>().as('rows')])
      .executeTakeFirstOrThrow();
    expect(Number(days.total)).toBe(FIGURES_2015.views);
    expect(Number(days.rows)).toBeLessThan(30_000);
    const items = await published2015()
      .select((eb) => eb.fn.sum<number>('view_count').as('total'))
      .executeTakeFirstOrThrow();
    expect(Number(items.total)).toBe(FIGURES_2015.views);
  });

  it('gives the 2015 report the founding report’s figures, and no requests, fees or appeals', async () => {
    const records = await loadReportRecords(db.db, town, 2015);
    expect(records.publications).toMatchObject({
      catalogue: FIGURES_2015.catalogue,
      documents: FIGURES_2015.withDocNumber,
      normative: FIGURES_2015.normative,
    });
    expect(records.publications.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(FIGURES_2015.catalogue);
    const columns = Object.fromEntries(records.publications.byColumn.map((c) => [c.key, c.count]));
    expect(columns).toMatchObject(FIGURES_2015.columns);
    expect(records.views).toBe(FIGURES_2015.views);
    const empty = emptyReportRecords(2015);
    expect(records.requests).toEqual(empty.requests);
    expect(records.appeals).toEqual(empty.appeals);
    expect(records.feesCollected).toBe(0);
    expect(records.participation).toEqual(empty.participation);
  });

  it('links each 规范性文件 to its 政策解读 and dates repeals', async () => {
    const links = await published2015()
      .where('publications.interprets_id', 'is not', null)
      .innerJoin('publications as doc', 'doc.id', 'publications.interprets_id')
      .select(['doc.is_normative'])
      .execute();
    expect(links).toHaveLength(5);
    expect(links.every((l) => l.is_normative === 1)).toBe(true);
    const repealed = await db.db.selectFrom('validity_changes').selectAll().execute();
    expect(repealed.length).toBeGreaterThan(0);
    expect(repealed.every((v) => v.validity === '已废止' && v.effective_date.startsWith('2015-'))).toBe(true);
  });

  it('gives every published item an index number, a revision and a search row', async () => {
    const missing = await db.db
      .selectFrom('publications as p')
      .leftJoin('publication_search as s', 's.publication_id', 'p.id')
      .leftJoin('publication_revisions as r', 'r.publication_id', 'p.id')
      .where('p.status', '=', 'published')
      .where((eb) => eb.or([eb('p.index_no', 'is', null), eb('s.publication_id', 'is', null), eb('r.id', 'is', null)]))
      .select('p.id')
      .execute();
    expect(missing).toEqual([]);
    const counter = await db.db
      .selectFrom('index_counters')
      .select('last_seq')
      .where('organization_id', '=', town)
      .where('year', '=', 2015)
      .executeTakeFirstOrThrow();
    expect(
      Number(
        (
          await published2015()
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(counter.last_seq);
    expect(
      await published2015()
        .select('index_no')
        .where('index_no', '=', `000014349/2015-${String(counter.last_seq).padStart(5, '0')}`)
        .executeTakeFirst(),
    ).toBeDefined();
  });

  it('publishes the founding report in 年度报告', async () => {
    const report = await db.db
      .selectFrom('publications as p')
      .innerJoin('publication_columns as pc', 'pc.publication_id', 'p.id')
      .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
      .where('p.title', '=', FOUNDING_REPORT_TITLE)
      .select(['p.status', 'p.publish_date', 'p.body_html', 'c.name'])
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ status: 'published', publish_date: '2016-03-31', name: '年度报告' });
    expect(report.body_html).toContain('<p>2015年，棉洋镇政府信息公开工作');
    expect(report.body_html).toContain('点击率达313万人次');
    expect(report.body_html).not.toContain('bookmark');
  });

  it('makes the county notice findable by its 文号 in any bracket style', async () => {
    const r = await searchPublications(db, {
      terms: queryTerms(segmenter, '华府办发[2015]117号'),
      limit: 10,
      offset: 0,
    });
    expect(r.total).toBeGreaterThanOrEqual(1);
    const titles = await db.db
      .selectFrom('publications')
      .select(['title', 'doc_number', 'issuing_body'])
      .where('id', 'in', r.ids)
      .execute();
    expect(titles).toContainEqual({
      title: COUNTY_NOTICE.title,
      doc_number: COUNTY_NOTICE.docNumber,
      issuing_body: COUNTY_NOTICE.issuingBody,
    });
  });

  it('seeds accounts, attachments, other organizations and work in progress', async () => {
    const users = await db.db.selectFrom('users').select(['username', 'roles']).execute();
    expect(users.map((u) => u.username).sort()).toEqual([
      'admin',
      'auditor',
      'editor',
      'hc_editor',
      'hc_hudong',
      'head',
      'hudong',
      'officer',
      'publisher',
      'reviewer',
      'secadmin',
      'sysadmin',
    ]);
    expect(JSON.parse(users.find((u) => u.username === 'secadmin')!.roles)).toEqual(['security_admin']);
    const files = await db.db
      .selectFrom('files')
      .innerJoin('attachments', 'attachments.file_id', 'files.id')
      .select(['storage_key', 'size'])
      .execute();
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect((await options.files.read(f.storage_key)).subarray(0, 5).toString()).toBe('%PDF-');
    const statuses = await db.db
      .selectFrom('publications')
      .select('status')
      .where('status', '!=', 'published')
      .execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['approved', 'draft', 'submitted']);
    const recent = await db.db
      .selectFrom('publications')
      .select('organization_id')
      .where('publish_date', '>=', '2026-01-01')
      .groupBy('organization_id')
      .execute();
    expect(recent).toHaveLength(3);
    const latest = await db.db
      .selectFrom('publications')
      .select((eb) => eb.fn.max('published_at').as('at'))
      .executeTakeFirstOrThrow();
    expect(String(latest.at) < now.toISOString()).toBe(true);
  });

  it('does nothing the second time', async () => {
    const before = await sql<{ n: number }>`SELECT count(*) AS n FROM publications`.execute(db.db);
    const again = await seedDemo(db, options);
    expect(again.seeded).toBe(false);
    expect(again.accounts.map((a) => a.username)).toContain('editor');
    const after = await sql<{ n: number }>`SELECT count(*) AS n FROM publications`.execute(db.db);
    expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n));
  });
});
