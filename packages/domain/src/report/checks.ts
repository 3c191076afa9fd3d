/**
 * The pre-publication check (issue 5): any problem blocks publication. Balances are the 勾稽关系 of
 * rules §5; records problems are figures the records no longer support.
 */
import { APPLICANT_CATEGORIES } from '../requests/outcomes.js';
import { labelledCells, type LabelledCell } from './cells.js';
import { recordChanges } from './diff.js';
import { HISTORICAL_FORMAT_NOTE, isPublishableFormat } from './format.js';
import { checkManual } from './manual.js';
import { narrativeSections } from './narrative.js';
import { checkNarrative } from './placeholders.js';
import { APPEAL_RESULTS } from './records.js';
import type {
  Figure,
  ManualValues,
  Narrative,
  ReportDocument,
  ReportFormat,
  ReportProblem,
  ReportRecords,
  ReportTable,
} from './types.js';

const COLUMNS = [...APPLICANT_CATEGORIES, 'total'] as const;
const columnName = (column: string) => (column === 'total' ? '总计' : column);

/** Every 勾稽关系 of tables 三 and 四 (rules §5); tables without one pass. */
export function checkBalances(tables: readonly ReportTable[]): ReportProblem[] {
  const cells = new Map(tables.flatMap(labelledCells).map((cell) => [cell.key, cell]));
  const value = (key: string) => cells.get(key)?.value ?? 0;
  const problems: ReportProblem[] = [];
  const fail = (key: string, message: string) => problems.push({ kind: 'balance', key, message });

  // Row totals: 总计 = 自然人 + the five 法人 columns (table 三); 总计 = the four results (table 四).
  for (const total of cells.values()) {
    if (!total.key.endsWith('.total')) continue;
    const row = total.key.slice(0, -'.total'.length);
    const [parts, what] = row.startsWith('t3.')
      ? [APPLICANT_CATEGORIES, '自然人与法人或其他组织各项']
      : [APPEAL_RESULTS, '结果维持、结果纠正、其他结果、尚未审结'];
    const sum = parts.reduce((s, part) => s + value(`${row}.${part}`), 0);
    if (sum !== value(total.key)) fail(total.key, `${total.label} 为 ${value(total.key)}，${what}之和为 ${sum}`);
  }

  if (!cells.has('t3.closed.total')) return problems;
  const outcomeRows = [...cells.values()].filter((c) => c.key.startsWith('t3.outcome.') && c.key.endsWith('.total'));
  for (const column of COLUMNS) {
    const closed = cells.get(`t3.closed.${column}`) as LabelledCell;
    const sum = outcomeRows.reduce((s, row) => s + value(`${row.key.slice(0, -'total'.length)}${column}`), 0);
    if (sum !== closed.value) fail(closed.key, `${closed.label} 为 ${closed.value}，（一）至（六）各项之和为 ${sum}`);
    const before = value(`t3.received.${column}`) + value(`t3.carriedOver.${column}`);
    const after = (closed.value ?? 0) + value(`t3.carriedForward.${column}`);
    if (before !== after)
      fail(
        `t3.carriedForward.${column}`,
        `表三 · ${columnName(column)}：第一项加第二项之和为 ${before}，第三项（七）总计加第四项之和为 ${after}`,
      );
  }
  return problems;
}

export function compareRecords(format: ReportFormat, stored: ReportRecords, current: ReportRecords): ReportProblem[] {
  return recordChanges(format, stored, current).map((change) => ({
    kind: 'records',
    key: change.key,
    message: `${change.label} 报告为 ${change.from}，记录现为 ${change.to}`,
  }));
}

export interface ReportCheckInput {
  readonly format: ReportFormat;
  readonly document: ReportDocument;
  readonly manual: ManualValues;
  readonly narrative: Narrative;
  readonly figures: readonly Figure[];
  /** The records the version was generated from. */
  readonly storedRecords: ReportRecords;
  /** The records as they are now (late corrections since generation). */
  readonly currentRecords: ReportRecords;
}

export function checkReport(input: ReportCheckInput): ReportProblem[] {
  const { format, document, manual, narrative, figures } = input;
  const empty = narrativeSections(format)
    .filter((section) => (narrative[section.id] ?? '').trim() === '')
    .map((section): ReportProblem => ({ kind: 'narrative', key: section.id, message: `${section.heading}：尚未填写` }));
  return [
    ...(isPublishableFormat(format) ? [] : [{ kind: 'format' as const, message: HISTORICAL_FORMAT_NOTE }]),
    ...checkBalances(document.sections.flatMap((s) => s.tables)),
    ...checkManual(format, manual),
    ...empty,
    ...checkNarrative(narrative, figures),
    ...compareRecords(format, input.storedRecords, input.currentRecords),
  ];
}
