/**
 * Test support: random request cases aggregated into ReportRecords the way packages/db counts them
 * (decisions.md "Data and counting"), and the demo's 2015 figures.
 */
import fc from 'fast-check';
import { addDays } from '../dates.js';
import { APPLICANT_CATEGORIES, OUTCOME_CODES, type ApplicantCategory, type OutcomeCode } from '../requests/outcomes.js';
import { APPEAL_KINDS, APPEAL_RESULTS, emptyReportRecords } from './records.js';
import type { ReportRecords } from './types.js';

export interface TestCase {
  readonly category: ApplicantCategory;
  readonly receivedOn: string;
  readonly closedOn: string | null;
  readonly outcome: OutcomeCode;
}

/** Cases received 2017–2023, closed 0–400 days later or still open. */
export const caseArbitrary: fc.Arbitrary<TestCase> = fc
  .record({
    category: fc.constantFrom(...APPLICANT_CATEGORIES),
    received: fc.integer({ min: 0, max: 7 * 365 }),
    open: fc.boolean(),
    duration: fc.integer({ min: 0, max: 400 }),
    outcome: fc.constantFrom(...OUTCOME_CODES),
  })
  .map(({ category, received, open, duration, outcome }) => {
    const receivedOn = addDays('2017-01-01', received);
    return { category, receivedOn, closedOn: open ? null : addDays(receivedOn, duration), outcome };
  });

export const appealsArbitrary: fc.Arbitrary<ReportRecords['appeals']> = fc.record(
  Object.fromEntries(
    APPEAL_KINDS.map((kind) => [
      kind,
      fc.record(Object.fromEntries(APPEAL_RESULTS.map((r) => [r, fc.nat({ max: 50 })]))),
    ]),
  ),
) as fc.Arbitrary<ReportRecords['appeals']>;

/** What the db's requestFigures returns for these cases and year. */
export function recordsFromCases(
  cases: readonly TestCase[],
  year: number,
  appeals?: ReportRecords['appeals'],
): ReportRecords {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const base = emptyReportRecords(year);
  const received = { ...base.requests.received };
  const carriedOver = { ...base.requests.carriedOver };
  const carriedForward = { ...base.requests.carriedForward };
  const outcomes = Object.fromEntries(OUTCOME_CODES.map((code) => [code, { ...base.requests.outcomes[code] }]));
  for (const c of cases) {
    if (c.receivedOn >= start && c.receivedOn <= end) received[c.category]++;
    if (c.receivedOn < start && (c.closedOn === null || c.closedOn >= start)) carriedOver[c.category]++;
    if (c.closedOn !== null && c.closedOn >= start && c.closedOn <= end) outcomes[c.outcome]![c.category]++;
    if (c.receivedOn <= end && (c.closedOn === null || c.closedOn > end)) carriedForward[c.category]++;
  }
  return {
    ...base,
    requests: { received, carriedOver, outcomes: outcomes as ReportRecords['requests']['outcomes'], carriedForward },
    appeals: appeals ?? base.appeals,
  };
}

/** The founding report's 2015 figures (decisions.md "Data and counting"). */
export function demo2015Records(): ReportRecords {
  const base = emptyReportRecords(2015);
  const column = (key: string, name: string, count: number) => ({ key, name, count });
  return {
    ...base,
    publications: {
      catalogue: 133,
      documents: 21,
      normative: 5,
      byCategory: [column('1', '概况信息', 12), column('6', '政务动态类信息', 121)],
      byColumn: [
        column('zwdt', '政务动态', 713),
        column('zcxx', '镇村信息', 974),
        column('bmdt', '部门动态', 674),
        column('gsgg', '公示公告', 78),
        column('zcjd', '政策解读', 0),
      ],
    },
    views: 3_130_000,
    normative: { ...base.normative, documents: { issued: 5, published: 5, repealed: 0, inForce: 5 } },
  };
}
