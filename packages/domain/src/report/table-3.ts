/**
 * Table 三 (收到和处理政府信息公开申请情况), rules §4–§5: columns are the applicant categories plus
 * 总计; rows 一 新收, 二 上年结转, 三 办理结果 by outcome with （七）总计, 四 结转下年度. The 2019 trial
 * format reports （六）其他处理 as one row.
 */
import {
  APPLICANT_CATEGORIES,
  LEGAL_PERSON_CATEGORIES,
  LEGAL_PERSON_GROUP,
  NATURAL_PERSON,
  OUTCOME_GROUPS,
  OUTCOMES,
  type ApplicantCategory,
  type Outcome,
  type OutcomeCode,
} from '../requests/outcomes.js';
import { recordCell, sumCell } from './cells.js';
import type {
  ByApplicant,
  HeaderCell,
  ReportFormat,
  ReportRecords,
  ReportTable,
  TableCell,
  TableRow,
  TraceRef,
} from './types.js';

const T3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const T3_NOTE =
  '勾稽关系：每列中，（七）总计等于（一）至（六）之和；第一项加第二项之和等于第三项（七）总计加第四项之和；每行中，总计等于自然人与法人或其他组织各项之和。';

/** The label columns (3) and the applicant header (7 columns) of the official table. */
const HEAD: HeaderCell[][] = [
  [
    { text: T3_CORNER, colSpan: 3, rowSpan: 3 },
    { text: '申请人情况', colSpan: 7 },
  ],
  [
    { text: NATURAL_PERSON, rowSpan: 2 },
    { text: LEGAL_PERSON_GROUP, colSpan: 5 },
    { text: '总计', rowSpan: 2 },
  ],
  LEGAL_PERSON_CATEGORIES.map((text) => ({ text })),
];

type RequestSet = 'received' | 'carriedOver' | 'closed' | 'carriedForward';

/** One row: a cell per category traced to `trace(category)`, then the 总计 cell traced to `trace(null)`. */
function countRow(
  keyPrefix: string,
  labels: readonly HeaderCell[],
  counts: ByApplicant,
  trace: ((category: ApplicantCategory | null) => TraceRef) | null,
): TableRow {
  const cells = APPLICANT_CATEGORIES.map((category) =>
    recordCell(`${keyPrefix}.${category}`, counts[category], trace?.(category) ?? null),
  );
  return { labels, cells: [...cells, sumCell(`${keyPrefix}.total`, cells, trace?.(null) ?? null)] };
}

const requests =
  (set: RequestSet, outcome: OutcomeCode | null = null) =>
  (category: ApplicantCategory | null): TraceRef => ({ kind: 'requests', set, category, outcome });

function addCounts(parts: readonly ByApplicant[]): ByApplicant {
  return Object.fromEntries(
    APPLICANT_CATEGORIES.map((c) => [c, parts.reduce((sum, part) => sum + part[c], 0)]),
  ) as ByApplicant;
}

/** The rows of 三、本年度办理结果 below its first label cell (which spans them all). */
function outcomeRows(format: ReportFormat, records: ReportRecords): TableRow[] {
  const outcomes = records.requests.outcomes;
  return OUTCOME_GROUPS.flatMap((group): TableRow[] => {
    const members = (OUTCOMES as readonly Outcome[]).filter((o) => o.group === group.group);
    if (members.length === 1 || (format === '2019' && group.group === '6')) {
      // （一）（二）, and the 2019 （六）: one row across both label columns. The 2019 （六） sums
      // three outcomes, which no single trace names.
      const only = members.length === 1 ? members[0] : undefined;
      const counts = addCounts(members.map((o) => outcomes[o.code]));
      const trace = only ? requests('closed', only.code) : null;
      return [countRow(`t3.outcome.${group.group}`, [{ text: group.label, colSpan: 2 }], counts, trace)];
    }
    return members.map((o, i) =>
      countRow(
        `t3.outcome.${o.code}`,
        i === 0 ? [{ text: group.label, rowSpan: members.length }, { text: o.rowLabel }] : [{ text: o.rowLabel }],
        outcomes[o.code],
        requests('closed', o.code),
      ),
    );
  });
}

export function table3(format: ReportFormat, records: ReportRecords): ReportTable {
  const r = records.requests;
  const results = outcomeRows(format, records);
  const closedCells = [...APPLICANT_CATEGORIES, 'total'].map((column, i) =>
    sumCell(
      `t3.closed.${column}`,
      results.map((row) => row.cells[i] as TableCell),
      requests('closed')(column === 'total' ? null : (column as ApplicantCategory)),
    ),
  );
  const closed: TableRow = { labels: [{ text: '（七）总计', colSpan: 2 }], cells: closedCells };
  const [first, ...rest] = results as [TableRow, ...TableRow[]];
  return {
    id: 't3',
    caption: '',
    head: HEAD,
    rows: [
      countRow(
        't3.received',
        [{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }],
        r.received,
        requests('received'),
      ),
      countRow(
        't3.carriedOver',
        [{ text: '二、上年结转政府信息公开申请数量', colSpan: 3 }],
        r.carriedOver,
        requests('carriedOver'),
      ),
      { ...first, labels: [{ text: '三、本年度办理结果', rowSpan: results.length + 1 }, ...first.labels] },
      ...rest,
      closed,
      countRow(
        't3.carriedForward',
        [{ text: '四、结转下年度继续办理', colSpan: 3 }],
        r.carriedForward,
        requests('carriedForward'),
      ),
    ],
    note: T3_NOTE,
  };
}
