/** The public side of the annual reports: the list, a published report, and 公开数据 (statistics). */
import type { Kysely } from 'kysely';
import { loadReportRecords, organizationsRepo, reportsRepo, type Database } from '@gongkai/db';
import { reportFigures, shanghaiYear } from '@gongkai/domain';
import { notFound } from '../errors.js';
import { statisticsCharts } from '../reports/charts.js';
import { renderReportHtml } from '../reports/html.js';
import { listPublicReports } from '../reports/public-list.js';
import { reportDocxFileId } from '../reports/publish.js';
import { documentOf, formatOf, parseVersion } from '../reports/version.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { publicListInput, publicReportInput, publicStatsInput } from '../schemas/reports.js';
import { publicProcedure, router } from '../trpc.js';

async function orgBySlug(q: Kysely<Database>, slug: string) {
  const org = await organizationsRepo.findBySlug(q, slug);
  if (!org) throw notFound('单位不存在');
  return org;
}

/** The figures 公开数据 leads with, by their report placeholder names. */
const HEADLINE_FIGURES = [
  '主动公开信息数',
  '点击量',
  '新收申请数',
  '办结申请数',
  '征求意见数',
  '收到意见数',
  '留言数',
  '已答复留言数',
  '热线来电数',
];

export const publicReportsRouter = router({
  list: publicProcedure.input(publicListInput).query(async ({ ctx, input }) => {
    return { organizations: await listPublicReports(ctx.deps.db.db, input.organization) };
  }),

  get: publicProcedure.input(publicReportInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = await orgBySlug(q, input.organization);
    const report = await reportsRepo.findReportByYear(q, org.id, input.year);
    const listed = (await reportsRepo.publishedReports(q, { organizationSlug: org.slug })).find(
      (r) => r.year === input.year,
    );
    if (!report || !listed || report.published_version === null) throw notFound('该年度报告尚未发布');
    const row = await reportsRepo.findVersion(q, report.id, report.published_version);
    if (!row) throw notFound('该年度报告尚未发布');
    const document = documentOf(report, org.name, parseVersion(row));
    const versions = await reportsRepo.listVersions(q, report.id);
    return {
      organization: { slug: org.slug, name: org.name },
      year: report.year,
      format: formatOf(report),
      title: document.title,
      html: renderReportHtml(document),
      document,
      // Published items always carry their publication time.
      publishedAt: listed.published_at!,
      indexNo: listed.index_no,
      publicationId: listed.publication_id!,
      docxFileId: await reportDocxFileId(q, listed.publication_id!),
      version: row.version,
      // Versions come oldest first: every one published after the first amended the item.
      amendments: versions
        .filter((v) => v.published_at !== null && v.version <= row.version)
        .slice(1)
        .map((v) => ({ version: v.version, publishedAt: v.published_at!, changeNote: v.change_note })),
    };
  }),

  stats: publicProcedure.input(publicStatsInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = await orgBySlug(q, input.organization);
    const thisYear = shanghaiYear(ctx.deps.clock());
    // Back to the first publication, and at least the last five years (requests may predate the site's items).
    const firstYear = Math.min(await earliestYear(q, org.id), thisYear - 4);
    const years = Array.from({ length: Math.max(1, thisYear - firstYear + 1) }, (_, i) => thisYear - i);
    const year = input.year && years.includes(input.year) ? input.year : thisYear;
    const [records, charts] = await Promise.all([
      loadReportRecords(q, org.id, year),
      statisticsCharts(q, org.id, { from: `${year}-01-01`, to: `${year}-12-31` }, await loadCalendar(q), false),
    ]);
    const figures = reportFigures(records, org.name);
    return {
      organization: { slug: org.slug, name: org.name },
      years,
      year,
      figures: HEADLINE_FIGURES.flatMap((name) => {
        const f = figures.find((x) => x.name === name);
        return f ? [{ label: name, value: f.value, unit: f.unit }] : [];
      }),
      charts: charts.charts,
    };
  }),
});

/** The first year the organization published anything (the statistics' year choice starts there). */
async function earliestYear(q: Kysely<Database>, organizationId: number): Promise<number> {
  const row = await q
    .selectFrom('publications')
    .select((eb) => eb.fn.min('publish_date').as('first'))
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  const first = row?.first as string | null | undefined;
  return first ? Number(first.slice(0, 4)) : Number.POSITIVE_INFINITY;
}
