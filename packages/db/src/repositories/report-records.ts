import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  OUTCOME_CODES,
  isApplicantCategory,
  isOutcomeCode,
  type AppealKind,
  type AppealResult,
  type ByApplicant,
  type NamedCount,
  type NormativeCounts,
  type OutcomeCode,
  type ReportRecords,
  zeroByApplicant,
} from '@gongkai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { normativeStatus } from './normative-status.js';
import {
  appealsIn,
  catalogueIn,
  commentsIn,
  consultationsIn,
  feesPaidIn,
  hotlineCallsIn,
  messagesIn,
  messagesRepliedIn,
  requestCasesIn,
  topCategories,
  viewsIn,
  yearPeriod,
  type RequestSet,
} from './report-sets.js';
import { publicationsByColumn } from './stats.js';

/**
 * Query module for the annual report's records: one organization's figures for one year, counted
 * from covering indexes (migration 0004) so a year of a million items takes a fraction of a second.
 */
type Q = Kysely<Database>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** count(*) as n; PostgreSQL hands counts and sums back as strings, hence `count` below. */
const COUNT = sql<number | string>`count(*)`.as('n');
const count = (row: { n: unknown } | undefined) => Number(row?.n ?? 0);

const byApplicant = () => zeroByApplicant() as Mutable<ByApplicant>;

/** Catalogue items per top-level category, with 文号 and normative among them; column memberships. */
export async function publicationFigures(
  q: Q,
  organizationId: number,
  year: number,
): Promise<ReportRecords['publications']> {
  const period = yearPeriod(year);
  const [categories, perCategory, byColumn] = await Promise.all([
    q
      .selectFrom('categories')
      .select(['id', 'parent_id', 'name'])
      .where('organization_id', '=', organizationId)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    catalogueIn(q, organizationId, period)
      .select((eb) => [
        'p.category_id',
        COUNT,
        eb.fn.sum(eb.case().when('p.doc_number', '!=', '').then(1).else(0).end()).as('documents'),
        eb.fn.sum(eb.case().when('p.is_normative', '=', 1).then(1).else(0).end()).as('normative'),
      ])
      .groupBy('p.category_id')
      .execute(),
    publicationsByColumn(q, organizationId, period.start, period.end),
  ]);
  const rootOf = topCategories(categories);
  const byRoot = new Map<number, number>();
  let catalogue = 0;
  let documents = 0;
  let normative = 0;
  for (const row of perCategory) {
    const n = count(row);
    catalogue += n;
    documents += Number(row.documents ?? 0);
    normative += Number(row.normative ?? 0);
    const root = rootOf(row.category_id!);
    byRoot.set(root, (byRoot.get(root) ?? 0) + n);
  }
  const byCategory: NamedCount[] = categories
    .filter((c) => c.parent_id === null)
    .map((c) => ({ key: String(c.id), name: c.name, count: byRoot.get(c.id) ?? 0 }));
  return { catalogue, documents, normative, byCategory, byColumn };
}

/** Table 二's 规章 and 行政规范性文件: issued, published, repealed in the year and in force at its end. */
export async function normativeFigures(
  q: Q,
  organizationId: number,
  year: number,
): Promise<ReportRecords['normative']> {
  const items = await normativeStatus(q, organizationId, year);
  const tiers = { rules: emptyNormative(), documents: emptyNormative() };
  for (const item of items) {
    const counts = tiers[item.tier];
    for (const set of item.sets) counts[set] += 1;
  }
  return tiers;
}

const emptyNormative = (): Mutable<NormativeCounts> => ({ issued: 0, published: 0, repealed: 0, inForce: 0 });

/** 点击率: views recorded on days of the year for the organization's items. */
export async function viewFigures(q: Q, organizationId: number, year: number): Promise<number> {
  const row = await viewsIn(q, organizationId, yearPeriod(year))
    .select((eb) => eb.fn.sum('v.count').as('n'))
    .executeTakeFirst();
  return count(row);
}

/** Table 三: each set of received cases by applicant category, and the year's closures by outcome. */
export async function requestFigures(q: Q, organizationId: number, year: number): Promise<ReportRecords['requests']> {
  const period = yearPeriod(year);
  const perCategory = async (set: Exclude<RequestSet, 'closed'>) => {
    const rows = await requestCasesIn(q, organizationId, period, set)
      .select(['r.applicant_category', COUNT])
      .groupBy('r.applicant_category')
      .execute();
    const counts = byApplicant();
    for (const row of rows)
      if (isApplicantCategory(row.applicant_category)) counts[row.applicant_category] += count(row);
    return counts;
  };
  const received = await perCategory('received');
  const carriedOver = await perCategory('carriedOver');
  const carriedForward = await perCategory('carriedForward');
  const closed = await requestCasesIn(q, organizationId, period, 'closed')
    .select(['r.outcome_code', 'r.applicant_category', COUNT])
    .groupBy(['r.outcome_code', 'r.applicant_category'])
    .execute();
  const outcomes = Object.fromEntries(OUTCOME_CODES.map((code) => [code, byApplicant()])) as Record<
    OutcomeCode,
    Mutable<ByApplicant>
  >;
  for (const row of closed) {
    const code = row.outcome_code ?? '';
    if (isOutcomeCode(code) && isApplicantCategory(row.applicant_category))
      outcomes[code][row.applicant_category] += count(row);
  }
  return { received, carriedOver, outcomes, carriedForward };
}

/** Table 四: reviews and lawsuits filed in the year, by kind and current result. */
export async function appealFigures(q: Q, organizationId: number, year: number): Promise<ReportRecords['appeals']> {
  const rows = await appealsIn(q, organizationId, yearPeriod(year))
    .select(['a.kind', 'a.result', COUNT])
    .groupBy(['a.kind', 'a.result'])
    .execute();
  const appeals = Object.fromEntries(
    APPEAL_KINDS.map((kind) => [kind, Object.fromEntries(APPEAL_RESULTS.map((r) => [r, 0]))]),
  ) as Record<AppealKind, Record<AppealResult, number>>;
  for (const row of rows) {
    const kind = row.kind as AppealKind;
    const result = row.result as AppealResult;
    if (APPEAL_KINDS.includes(kind) && APPEAL_RESULTS.includes(result)) appeals[kind][result] += count(row);
  }
  return appeals;
}

/** 信息处理费 (元) of the cases whose fee was paid in the year, each case once. */
export async function feeFigures(q: Q, organizationId: number, year: number): Promise<number> {
  const row = await q
    .selectFrom('request_cases')
    .select((eb) => eb.fn.sum('fee_amount').as('n'))
    .where('id', 'in', feesPaidIn(q, organizationId, yearPeriod(year)).select('r.id'))
    .executeTakeFirst();
  return count(row);
}

/** Consultations opened, comments received, messages received and first answered, hotline calls. */
export async function participationFigures(
  q: Q,
  organizationId: number,
  year: number,
): Promise<ReportRecords['participation']> {
  const period = yearPeriod(year);
  const total = (query: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }) =>
    query.executeTakeFirst().then(count);
  return {
    consultations: await total(consultationsIn(q, organizationId, period).select(COUNT)),
    comments: await total(commentsIn(q, organizationId, period).select(COUNT)),
    messages: await total(messagesIn(q, organizationId, period).select(COUNT)),
    messagesReplied: await total(messagesRepliedIn(q, organizationId, period).select(COUNT)),
    hotlineCalls: await total(hotlineCallsIn(q, organizationId, period).select(COUNT)),
  };
}

/** What `loadReportRecords` does, in order: the labels a generation job shows. */
export const REPORT_RECORD_STEPS = [
  '统计主动公开信息',
  '统计规范性文件',
  '统计点击量',
  '统计政府信息公开申请',
  '统计行政复议和行政诉讼',
  '统计信息处理费',
  '统计公众参与',
] as const;

/**
 * Everything the report needs from the records of one organization and year. `onStep(done,
 * total, label)` is awaited before each step (done = steps finished so far), so a job can record
 * its progress.
 */
export async function loadReportRecords(
  q: Q,
  organizationId: number,
  year: number,
  onStep?: (done: number, total: number, label: string) => void | Promise<void>,
): Promise<ReportRecords> {
  let done = 0;
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    await onStep?.(done, REPORT_RECORD_STEPS.length, REPORT_RECORD_STEPS[done]!);
    const result = await run();
    done += 1;
    return result;
  };
  const publications = await step(() => publicationFigures(q, organizationId, year));
  const normative = await step(() => normativeFigures(q, organizationId, year));
  const views = await step(() => viewFigures(q, organizationId, year));
  const requests = await step(() => requestFigures(q, organizationId, year));
  const appeals = await step(() => appealFigures(q, organizationId, year));
  const feesCollected = await step(() => feeFigures(q, organizationId, year));
  const participation = await step(() => participationFigures(q, organizationId, year));
  return { year, publications, views, normative, requests, appeals, feesCollected, participation };
}
