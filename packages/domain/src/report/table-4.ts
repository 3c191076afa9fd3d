/** Table 四 (行政复议、行政诉讼): appeals filed in the year by kind and result, each with its 总计. */
import { APPEAL_RESULT_LABELS, type AppealKind } from '../requests/labels.js';
import { recordCell, sumCell } from './cells.js';
import { APPEAL_KINDS, APPEAL_RESULTS } from './records.js';
import type { HeaderCell, ReportRecords, ReportTable } from './types.js';

const T4_NOTE =
  '勾稽关系：行政复议、未经复议直接起诉、复议后起诉的总计各等于结果维持、结果纠正、其他结果、尚未审结之和。';

const RESULT_HEADERS: HeaderCell[] = [
  ...APPEAL_RESULTS.map((r) => ({ text: APPEAL_RESULT_LABELS[r] })),
  { text: '总计' },
];

const HEAD: HeaderCell[][] = [
  [
    { text: '行政复议', colSpan: 5, rowSpan: 2 },
    { text: '行政诉讼', colSpan: 10 },
  ],
  [
    { text: '未经复议直接起诉', colSpan: 5 },
    { text: '复议后起诉', colSpan: 5 },
  ],
  [...RESULT_HEADERS, ...RESULT_HEADERS, ...RESULT_HEADERS],
];

export function table4(records: ReportRecords): ReportTable {
  const block = (appealKind: AppealKind) => {
    const cells = APPEAL_RESULTS.map((result) =>
      recordCell(`t4.${appealKind}.${result}`, records.appeals[appealKind][result], {
        kind: 'appeals',
        appealKind,
        result,
      }),
    );
    return [...cells, sumCell(`t4.${appealKind}.total`, cells, { kind: 'appeals', appealKind, result: null })];
  };
  return {
    id: 't4',
    caption: '',
    head: HEAD,
    rows: [{ labels: [], cells: APPEAL_KINDS.flatMap(block) }],
    note: T4_NOTE,
  };
}
