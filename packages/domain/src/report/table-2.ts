/**
 * Table 二 (主动公开): normative documents from the records, the other blocks entered by staff.
 * The 2021 format and the 2019 trial format differ in columns and blocks (decisions.md "Report").
 */
import { manualCell, recordCell } from './cells.js';
import type { HeaderCell, ManualValues, NormativeCounts, ReportRecords, ReportTable, TableRow } from './types.js';

const head = (columns: readonly string[]): HeaderCell[][] => [
  [{ text: '信息内容' }, ...columns.map((text) => ({ text }))],
];

function normativeTable(
  records: ReportRecords,
  columns: readonly { text: string; set: keyof NormativeCounts }[],
  documentsLabel: string,
): ReportTable {
  const row = (tier: 'rules' | 'documents', label: string): TableRow => ({
    labels: [{ text: label }],
    cells: columns.map(({ set }) =>
      recordCell(`t2.${tier}.${set}`, records.normative[tier][set], { kind: 'normative', tier, set }),
    ),
  });
  return {
    id: 't2-normative',
    caption: '第二十条第（一）项',
    head: head(columns.map((c) => c.text)),
    rows: [row('rules', '规章'), row('documents', documentsLabel)],
    note: '',
  };
}

function manualTable(
  id: string,
  caption: string,
  columns: readonly { text: string; field: string }[],
  items: readonly { key: string; label: string }[],
  manual: ManualValues,
): ReportTable {
  return {
    id,
    caption,
    head: head(columns.map((c) => c.text)),
    rows: items.map((item) => ({
      labels: [{ text: item.label }],
      cells: columns.map((c) => manualCell(`t2.${item.key}.${c.field}`, manual)),
    })),
    note: '',
  };
}

export function table2Of2021(records: ReportRecords, manual: ManualValues): ReportTable[] {
  const decisions = [{ text: '本年处理决定数量', field: 'decisions' }];
  return [
    normativeTable(
      records,
      [
        { text: '本年制发件数', set: 'issued' },
        { text: '本年废止件数', set: 'repealed' },
        { text: '现行有效件数', set: 'inForce' },
      ],
      '行政规范性文件',
    ),
    manualTable('t2-services', '第二十条第（五）项', decisions, [{ key: 'licensing', label: '行政许可' }], manual),
    manualTable(
      't2-decisions',
      '第二十条第（六）项',
      decisions,
      [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
      manual,
    ),
    manualTable(
      't2-fees',
      '第二十条第（八）项',
      [{ text: '本年收费金额（单位：万元）', field: 'amount' }],
      [{ key: 'fees', label: '行政事业性收费' }],
      manual,
    ),
  ];
}

export function table2Of2019(records: ReportRecords, manual: ManualValues): ReportTable[] {
  const previous = { text: '上一年项目数量', field: 'previous' };
  const change = { text: '本年增/减', field: 'change' };
  const decisions = { text: '处理决定数量', field: 'decisions' };
  return [
    normativeTable(
      records,
      [
        { text: '本年新制作数量', set: 'issued' },
        { text: '本年新公开数量', set: 'published' },
        { text: '对外公开总数量', set: 'inForce' },
      ],
      '规范性文件',
    ),
    manualTable(
      't2-services',
      '第二十条第（五）项',
      [previous, change, decisions],
      [
        { key: 'licensing', label: '行政许可' },
        { key: 'services', label: '其他对外管理服务事项' },
      ],
      manual,
    ),
    manualTable(
      't2-decisions',
      '第二十条第（六）项',
      [previous, change, decisions],
      [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
      manual,
    ),
    manualTable(
      't2-fees',
      '第二十条第（八）项',
      [previous, change],
      [{ key: 'fees', label: '行政事业性收费' }],
      manual,
    ),
    manualTable(
      't2-procurement',
      '第二十条第（九）项',
      [
        { text: '采购项目数量', field: 'projects' },
        { text: '采购总金额', field: 'amount' },
      ],
      [{ key: 'procurement', label: '政府集中采购' }],
      manual,
    ),
  ];
}
