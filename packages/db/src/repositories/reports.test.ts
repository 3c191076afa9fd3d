import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { publicationRow } from '../demo/publication-writer.js';
import { insertTestOrganization, insertTestUser } from '../testing/rows.js';
import { testDialects } from '../testing/test-db.js';
import * as reportsRepo from './reports.js';

const AT = '2025-01-20T02:00:00.000Z';

describe.each(testDialects())('annual reports on $name', (dialect) => {
  let db: Db;
  let town = 0;
  let other = 0;
  let user = 0;

  let items = 0;
  async function publication(organizationId: number, status: string) {
    items += 1;
    const row = publicationRow(
      { id: organizationId, code: String(organizationId), index_pattern: '{code}/{year}-{seq}' },
      { authorId: user, reviewerId: null, publisherId: null },
      {
        title: '年度报告',
        summary: '',
        bodyHtml: '',
        bodyText: '',
        topic: '',
        genre: '报告',
        issuingBody: '',
        writtenDate: null,
        categoryId: null,
        columnIds: [],
      },
      {
        status,
        index_no: `${organizationId}/2025-${items}`,
        publish_date: '2025-01-20',
        published_at: AT,
        submitted_at: null,
        reviewed_at: null,
        created_at: AT,
        updated_at: AT,
      },
    );
    return (await db.db.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow()).id;
  }

  const report = (organization_id: number, year: number) =>
    reportsRepo.insertReport(db.db, {
      organization_id,
      year,
      format: year >= 2021 ? '2021' : '2019',
      status: 'draft',
      publication_id: null,
      current_version: 1,
      published_version: null,
      created_at: AT,
      updated_at: AT,
    });
  const version = (report_id: number, v: number, created_by: number | null = user) =>
    reportsRepo.insertVersion(db.db, {
      report_id,
      version: v,
      records: `{"year":${v}}`,
      manual: '{}',
      narrative: '{"overview":""}',
      created_by,
      created_at: AT,
      published_at: null,
    });

  beforeAll(async () => {
    db = await dialect.open();
    town = await insertTestOrganization(db.db, 'town', AT);
    other = await insertTestOrganization(db.db, 'other', AT);
    user = await insertTestUser(db.db, '办公室主任', AT);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('keeps one report per organization and year, with numbered versions', async () => {
    const id = await report(town, 2024);
    expect(await reportsRepo.findReportByYear(db.db, town, 2024)).toMatchObject({
      id,
      status: 'draft',
      format: '2021',
    });
    await expect(report(town, 2024)).rejects.toThrow();
    await version(id, 1);
    await version(id, 2, null);
    await expect(version(id, 2)).rejects.toThrow();
    await reportsRepo.updateReport(db.db, id, { current_version: 2, updated_at: AT });
    expect((await reportsRepo.findReport(db.db, id))?.current_version).toBe(2);

    await reportsRepo.updateVersion(db.db, id, 2, { narrative: '{"overview":"新"}', manual: '{"k":1}' });
    const v2 = await reportsRepo.findVersion(db.db, id, 2);
    expect(v2).toMatchObject({
      records: '{"year":2}',
      manual: '{"k":1}',
      narrative: '{"overview":"新"}',
      change_note: '',
    });
    expect((await reportsRepo.findVersion(db.db, id, 1))?.narrative).toBe('{"overview":""}');
    expect(await reportsRepo.findVersion(db.db, id, 3)).toBeUndefined();

    const versions = await reportsRepo.listVersions(db.db, id);
    expect(versions.map((v) => [v.version, v.created_by_name, v.published_at])).toEqual([
      [1, '办公室主任', null],
      [2, null, null],
    ]);
  });

  it('lists an organization’s reports latest year first', async () => {
    await report(town, 2022);
    await report(other, 2023);
    expect((await reportsRepo.listReports(db.db, town)).map((r) => r.year)).toEqual([2024, 2022]);
  });

  it('lists only published reports whose item is published, by organization and year', async () => {
    const town2024 = (await reportsRepo.findReportByYear(db.db, town, 2024))!;
    const town2022 = (await reportsRepo.findReportByYear(db.db, town, 2022))!;
    const other2023 = (await reportsRepo.findReportByYear(db.db, other, 2023))!;
    expect(await reportsRepo.publishedReports(db.db)).toEqual([]);

    const item = await publication(town, 'published');
    await reportsRepo.updateReport(db.db, town2024.id, {
      status: 'published',
      publication_id: item,
      published_version: 2,
    });
    await reportsRepo.updateVersion(db.db, town2024.id, 2, { published_at: AT, change_note: '首次发布' });
    const withdrawn = await publication(other, 'withdrawn');
    await reportsRepo.updateReport(db.db, other2023.id, {
      status: 'published',
      publication_id: withdrawn,
      published_version: 1,
    });
    await reportsRepo.updateReport(db.db, town2022.id, {
      status: 'published',
      publication_id: await publication(town, 'published'),
    });

    const all = await reportsRepo.publishedReports(db.db);
    expect(all.map((r) => [r.slug, r.year])).toEqual([
      ['town', 2024],
      ['town', 2022],
    ]);
    expect(all[0]).toMatchObject({
      id: town2024.id,
      organization_id: town,
      name: 'town',
      format: '2021',
      publication_id: item,
      index_no: `${town}/2025-1`,
      published_at: AT,
      version: 2,
    });
    expect(await reportsRepo.publishedReports(db.db, { organizationSlug: 'other' })).toEqual([]);
    expect((await reportsRepo.publishedReports(db.db, { organizationSlug: 'town' })).length).toBe(2);
  });

  it('records a generation job’s progress', async () => {
    const id = await reportsRepo.insertJob(db.db, {
      organization_id: town,
      year: 2024,
      state: 'running',
      step: 0,
      steps: 8,
      label: '统计主动公开信息',
      report_id: null,
      version: null,
      started_by: user,
      started_at: AT,
      updated_at: AT,
    });
    expect(await reportsRepo.findJob(db.db, id)).toMatchObject({ state: 'running', step: 0, error: '' });
    await reportsRepo.updateJob(db.db, id, { state: 'done', step: 8, label: '完成', report_id: 1, version: 3 });
    expect(await reportsRepo.findJob(db.db, id)).toMatchObject({ state: 'done', step: 8, report_id: 1, version: 3 });
    expect(await reportsRepo.findJob(db.db, id + 1)).toBeUndefined();
  });
});
