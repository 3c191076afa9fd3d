/**
 * The statistics charts of one organization and period, shared by the console's 统计分析 and the
 * public 公开数据 page. Sets are the annual report's, so a year's charts agree with its report.
 */
import type { Kysely } from 'kysely';
import { statsRepo, type Database } from '@gongkai/db';
import {
  APPLICANT_CATEGORIES,
  MESSAGE_TYPES,
  OUTCOME_GROUPS,
  RATINGS,
  monthsBetween,
  previousYearPeriod,
  responseTimeStats,
  withPreviousPeriod,
  type Calendar,
  type Chart,
} from '@gongkai/domain';

export const CHART_IDS = [
  'publicationsByMonth',
  'publicationsByColumn',
  'viewsByMonth',
  'requestsByOutcome',
  'requestsByApplicant',
  'responseTimes',
  'overdueByMonth',
  'consultationsByMonth',
  'messagesByType',
  'messagesBySatisfaction',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

interface Period {
  from: string;
  to: string;
}

/** The outcome groups as axis labels: "（二）部分公开（区分处理的…）" reads as "（二）部分公开". */
const GROUP_LABELS = OUTCOME_GROUPS.map((g) => g.label.replace(/（区分处理的.*）$/, ''));

function monthly(
  id: ChartId,
  title: string,
  unit: string,
  p: Period,
  series: Record<string, { month: string; count: number }[]>,
): Chart {
  const months = monthsBetween(p.from, p.to);
  return {
    id,
    title,
    unit,
    categories: months,
    series: Object.entries(series).map(([name, rows]) => {
      const byMonth = new Map(rows.map((r) => [r.month, r.count]));
      return { name, values: months.map((m) => byMonth.get(m) ?? 0) };
    }),
  };
}

function counted<K extends string>(
  id: ChartId,
  title: string,
  unit: string,
  categories: readonly K[],
  name: string,
  counts: Map<string, number>,
): Chart {
  return {
    id,
    title,
    unit,
    categories: [...categories],
    series: [{ name, values: categories.map((c) => counts.get(c) ?? 0) }],
  };
}

async function responseTimesChart(q: Kysely<Database>, organizationId: number, p: Period, calendar: Calendar) {
  const rows = await statsRepo.responseDays(q, organizationId, p.from, p.to);
  const months = monthsBetween(p.from, p.to);
  const stats = months.map((m) =>
    responseTimeStats(
      rows.filter((r) => r.closedOn.startsWith(m)),
      calendar,
    ),
  );
  const chart: Chart = {
    id: 'responseTimes',
    title: '依申请公开答复用时',
    unit: '工作日',
    categories: months,
    series: [
      { name: '平均用时', values: stats.map((s) => s.average ?? 0) },
      { name: '最长用时', values: stats.map((s) => s.worst ?? 0) },
    ],
  };
  return { chart, overall: responseTimeStats(rows, calendar) };
}

async function periodCharts(q: Kysely<Database>, organizationId: number, p: Period, calendar: Calendar) {
  const args = [q, organizationId, p.from, p.to] as const;
  const [byMonth, byColumn, views, outcomes, applicants, overdue, consultations, types, ratings, response] =
    await Promise.all([
      statsRepo.publicationsByMonth(...args),
      statsRepo.publicationsByColumn(...args),
      statsRepo.viewsByMonth(...args),
      statsRepo.requestsByOutcome(...args),
      statsRepo.requestsByApplicant(...args),
      statsRepo.overdueByMonth(...args),
      statsRepo.consultationsByMonth(...args),
      statsRepo.messagesByType(...args),
      statsRepo.messagesBySatisfaction(...args),
      responseTimesChart(q, organizationId, p, calendar),
    ]);
  const groupCounts = new Map<string, number>();
  for (const o of outcomes) {
    const label = GROUP_LABELS[Number(o.outcome.split('.')[0]) - 1];
    if (label) groupCounts.set(label, (groupCounts.get(label) ?? 0) + o.count);
  }
  const charts: Chart[] = [
    monthly('publicationsByMonth', '每月发布信息', '条', p, { 发布信息: byMonth }),
    {
      id: 'publicationsByColumn',
      title: '各栏目发布信息',
      unit: '条',
      categories: byColumn.map((c) => c.name),
      series: [{ name: '发布信息', values: byColumn.map((c) => c.count) }],
    },
    monthly('viewsByMonth', '每月浏览量', '人次', p, { 浏览量: views }),
    counted('requestsByOutcome', '依申请公开办理结果', '件', GROUP_LABELS, '办结申请', groupCounts),
    counted(
      'requestsByApplicant',
      '依申请公开申请人类别',
      '件',
      APPLICANT_CATEGORIES,
      '新收申请',
      new Map(applicants.map((a) => [a.category, a.count])),
    ),
    response.chart,
    monthly('overdueByMonth', '逾期办结的申请', '件', p, { 逾期办结: overdue }),
    monthly('consultationsByMonth', '征求意见和收到的意见', '次/条', p, {
      征求意见: consultations.map((c) => ({ month: c.month, count: c.consultations })),
      收到意见: consultations.map((c) => ({ month: c.month, count: c.comments })),
    }),
    counted(
      'messagesByType',
      '留言类型',
      '条',
      MESSAGE_TYPES,
      '收到留言',
      new Map(types.map((t) => [t.type, t.count])),
    ),
    counted(
      'messagesBySatisfaction',
      '留言答复满意度',
      '条',
      [...RATINGS, '未评价'],
      '答复',
      new Map(ratings.map((r) => [r.rating ?? '未评价', r.count])),
    ),
  ];
  return { charts, responseTimes: response.overall };
}

/** The charts of `period`; with `compare`, each with the same period one year earlier added. */
export async function statisticsCharts(
  q: Kysely<Database>,
  organizationId: number,
  period: Period,
  calendar: Calendar,
  compare: boolean,
) {
  const current = await periodCharts(q, organizationId, period, calendar);
  if (!compare) return { ...current, previous: null };
  const previousPeriod = previousYearPeriod(period.from, period.to);
  const previous = await periodCharts(q, organizationId, previousPeriod, calendar);
  return {
    charts: current.charts.map((chart, i) => withPreviousPeriod(chart, previous.charts[i]!)),
    responseTimes: current.responseTimes,
    previous: previousPeriod,
  };
}
