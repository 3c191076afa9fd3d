/**
 * The annual report over the demo data: the 2015 volumes behind the founding report regenerate to
 * its figures (a console draft for comparison, never published), and the current year's report
 * of the demo town goes through the whole cycle.
 */
import { FIGURES_2015, FOUNDING_REPORT_TITLE, seedDemo, usersRepo } from '@gongkai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoRequests } from '../requests/demo.js';
import { callerWith, startSession, testDeps } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

/** Tuesday 2026-01-20, 10:00 in Shanghai. */
const NOW = '2026-01-20T02:00:00.000Z';

describe.each(testDialects())('annual reports on the demo data on $name', (dialect) => {
  let env: ReturnType<typeof testDeps>;
  let head: ReturnType<typeof callerWith>;
  let editor: ReturnType<typeof callerWith>;

  beforeAll(async () => {
    env = testDeps(await dialect.open(), NOW);
    const { deps } = env;
    await seedDemo(deps.db, {
      files: deps.files,
      segmenter: deps.segmenter,
      now: deps.clock(),
      hashPassword: (pw) => `test:${pw}`,
    });
    await seedDemoRequests(deps);
    const signIn = async (username: string) => {
      const user = await usersRepo.findByUsername(deps.db.db, username);
      await startSession(deps.db, user!.id, `token-${username}`, deps.clock());
      return callerWith(deps, `token-${username}`);
    };
    head = await signIn('head');
    editor = await signIn('editor');
  }, 120_000);
  afterAll(async () => {
    await env?.destroy();
  });

  async function generate(year: number) {
    const { jobId } = await head.reports.generate({ year });
    for (;;) {
      const job = await head.reports.job({ jobId });
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('regenerates 2015 with the founding report’s figures, as a draft beside the published report', async () => {
    const job = await generate(2015);
    expect(job).toMatchObject({ state: 'done', year: 2015, version: 1 });
    const report = await head.reports.get({ id: job.reportId! });
    expect(report).toMatchObject({ format: '2007', organizationName: '棉洋镇人民政府', editable: true });
    const figure = (name: string) => report.figures.find((f) => f.name === name)?.value;
    expect(figure('主动公开信息数')).toBe(FIGURES_2015.catalogue);
    expect(figure('主动公开文件数')).toBe(FIGURES_2015.withDocNumber);
    expect(figure('规范性文件数')).toBe(FIGURES_2015.normative);
    expect(figure('栏目:政务动态')).toBe(FIGURES_2015.columns.zwdt);
    expect(figure('栏目:镇村信息')).toBe(FIGURES_2015.columns.zcxx);
    expect(figure('栏目:部门动态')).toBe(FIGURES_2015.columns.bmdt);
    expect(figure('栏目:公示公告')).toBe(FIGURES_2015.columns.gsgg);
    expect(figure('点击量（万人次）')).toBe(313);
    for (const none of ['新收申请数', '信息处理费', '行政复议数', '行政诉讼数']) expect(figure(none), none).toBe(0);

    // The figure sentence of the founding report, filled from the records; no tables in that format.
    expect(report.document.sections.flatMap((s) => s.tables)).toEqual([]);
    const text = report.document.sections.flatMap((s) => s.paragraphs).join('');
    expect(text).toContain('全年主动公开信息数为133条');
    expect(text).toContain('政务动态713条');
    expect(report.html).toContain('二、主动公开政府信息情况');

    // A figure of the narrative leads to its records too, a page at a time.
    const zwdt = report.figures.find((f) => f.name === '栏目:政务动态')!;
    const second = await head.reports.trace({ id: report.id, key: zwdt.key, page: 2 });
    expect(second).toMatchObject({ label: '栏目:政务动态', value: 713, total: 713, page: 2, pageSize: 20 });
    expect(second.items).toHaveLength(20);
    expect(second.items.every((i) => i.kind === 'publication' && i.date?.startsWith('2015-'))).toBe(true);

    // The founding report stays what was published; the draft can only be compared with it.
    const list = await editor.publicReports.list({ organization: 'mianyang' });
    const founding = list.organizations[0]!.reports.find((r) => r.year === 2015)!;
    expect(founding).toMatchObject({ title: FOUNDING_REPORT_TITLE, generated: false });
    expect(report.historicalPublicationId).toBe(founding.publicationId);
    await head.reports.saveNarrative({
      id: report.id,
      narrative: { work: '镇政府成立政务公开领导小组，明确专人负责。', plans: '进一步规范公开目录。' },
    });
    // With everything filled in, the format alone still keeps it from being published.
    expect((await head.reports.get({ id: report.id })).problems).toEqual([expect.objectContaining({ kind: 'format' })]);
    await expect(head.reports.publish({ id: report.id, changeNote: '' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await expect(editor.publicReports.get({ organization: 'mianyang', year: 2015 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('generates, traces and publishes the current report as an item of the 年度报告 column', async () => {
    const job = await generate(2025);
    const report = await head.reports.get({ id: job.reportId! });
    expect(report).toMatchObject({ format: '2021', version: 1, status: 'draft' });
    const received = report.figures.find((f) => f.name === '新收申请数')!;
    expect(received.value).toBeGreaterThan(0);
    const trace = await head.reports.trace({ id: report.id, key: received.key, page: 1 });
    expect(trace.total).toBe(received.value);
    expect(trace.items.every((i) => i.kind === 'request')).toBe(true);
    // Only staff figures and the narrative's 五 are left to fill before publishing.
    expect(new Set(report.problems.map((p) => p.kind))).toEqual(new Set(['manual', 'narrative']));
    await head.reports.saveManual({
      id: report.id,
      values: Object.fromEntries(report.manualFields.map((m) => [m.key, { value: '0', note: '镇综合执法办统计' }])),
    });
    await head.reports.saveNarrative({ id: report.id, narrative: { problems: '公开的及时性有待提高。' } });
    const { publicationId, indexNo } = await head.reports.publish({ id: report.id, changeNote: '' });

    // An item of the 年度报告 column under 计划总结类信息, with its 索引号 and the Word file.
    const q = env.deps.db.db;
    const item = await q
      .selectFrom('publications as p')
      .innerJoin('categories as c', 'c.id', 'p.category_id')
      .select(['p.title', 'p.status', 'p.index_no', 'c.name as category'])
      .where('p.id', '=', publicationId)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({
      title: '棉洋镇人民政府2025年政府信息公开工作年度报告',
      status: 'published',
      index_no: indexNo,
      category: '计划总结类信息',
    });
    const columns = await q
      .selectFrom('publication_columns as pc')
      .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
      .select('c.slug')
      .where('pc.publication_id', '=', publicationId)
      .execute();
    expect(columns).toEqual([{ slug: 'ndbg' }]);
    const page = await editor.publicReports.get({ organization: 'mianyang', year: 2025 });
    expect(page).toMatchObject({ publicationId, indexNo, version: 1, format: '2021' });
    const file = await q
      .selectFrom('files')
      .select(['file_name', 'mime'])
      .where('id', '=', page.docxFileId!)
      .executeTakeFirstOrThrow();
    expect(file).toEqual({
      file_name: '棉洋镇人民政府2025年政府信息公开工作年度报告.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const list = await editor.publicReports.list({});
    expect(list.organizations.find((o) => o.slug === 'mianyang')!.reports.map((r) => [r.year, r.generated])).toEqual(
      expect.arrayContaining([
        [2025, true],
        [2015, false],
      ]),
    );
  });

  it('charts 2015 against 2014 for staff, and shows its main figures to the public', async () => {
    const stats = await editor.stats.overview({ from: '2015-01-01', to: '2015-12-31', compare: true });
    expect(stats.previous).toEqual({ from: '2014-01-01', to: '2014-12-31' });
    const chart = (id: string) => stats.charts.find((c) => c.id === id)!;
    const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
    const published = chart('publicationsByMonth');
    expect(published.categories).toHaveLength(12);
    expect(published.series.map((x) => x.name)).toEqual(['发布信息', '上年同期']);
    // The catalogue, the four news columns, and a 政策解读 for each of the five 规范性文件.
    const { catalogue, columns, normative } = FIGURES_2015;
    expect(sum(published.series[0]!.values)).toBe(
      catalogue + columns.zwdt + columns.zcxx + columns.bmdt + columns.gsgg + normative,
    );
    const byColumn = chart('publicationsByColumn');
    const inColumn = (name: string) => byColumn.series[0]!.values[byColumn.categories.indexOf(name)];
    expect(inColumn('政务动态')).toBe(columns.zwdt);
    expect(inColumn('政策解读')).toBe(normative);
    expect(sum(published.series[1]!.values)).toBe(0);
    expect(sum(chart('viewsByMonth').series[0]!.values)).toBe(FIGURES_2015.views);
    expect(stats.organizations.map((o) => o.name)).toContain('棉洋镇人民政府');

    const open = await editor.publicReports.stats({ organization: 'mianyang', year: 2015 });
    expect(open.years).toContain(2015);
    expect(open.figures).toEqual(
      expect.arrayContaining([
        { label: '主动公开信息数', value: 133, unit: '条' },
        { label: '点击量', value: FIGURES_2015.views, unit: '人次' },
      ]),
    );
    expect(open.charts.map((c) => c.id)).toContain('publicationsByMonth');
  });
});
