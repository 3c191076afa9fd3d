/**
 * Table 二 figures the platform cannot count yet (licensing, penalty and enforcement decisions, fee
 * items, procurement): staff enter them with a note saying where they come from (decisions.md "Report").
 */
import type { ManualField, ManualValues, ReportFormat, ReportProblem } from './types.js';

const decisions = (key: string, item: string, header: string): ManualField => ({
  key: `t2.${key}.decisions`,
  label: `${item} · ${header}`,
  unit: '件',
  kind: 'count',
});

/** The 2019 trial format's 上一年项目数量 / 本年增/减 pair. */
const itemCounts = (key: string, item: string): ManualField[] => [
  { key: `t2.${key}.previous`, label: `${item} · 上一年项目数量`, unit: '项', kind: 'count' },
  { key: `t2.${key}.change`, label: `${item} · 本年增/减`, unit: '项', kind: 'change' },
];

const FIELDS: Record<ReportFormat, readonly ManualField[]> = {
  '2021': [
    decisions('licensing', '行政许可', '本年处理决定数量'),
    decisions('penalty', '行政处罚', '本年处理决定数量'),
    decisions('enforcement', '行政强制', '本年处理决定数量'),
    { key: 't2.fees.amount', label: '行政事业性收费 · 本年收费金额（单位：万元）', unit: '万元', kind: 'amount' },
  ],
  '2019': [
    ...itemCounts('licensing', '行政许可'),
    decisions('licensing', '行政许可', '处理决定数量'),
    ...itemCounts('services', '其他对外管理服务事项'),
    decisions('services', '其他对外管理服务事项', '处理决定数量'),
    ...itemCounts('penalty', '行政处罚'),
    decisions('penalty', '行政处罚', '处理决定数量'),
    ...itemCounts('enforcement', '行政强制'),
    decisions('enforcement', '行政强制', '处理决定数量'),
    ...itemCounts('fees', '行政事业性收费'),
    { key: 't2.procurement.projects', label: '政府集中采购 · 采购项目数量', unit: '项', kind: 'count' },
    { key: 't2.procurement.amount', label: '政府集中采购 · 采购总金额（万元）', unit: '万元', kind: 'amount' },
  ],
  '2007': [],
};

export function manualFields(format: ReportFormat): ManualField[] {
  return [...FIELDS[format]];
}

const FULL_WIDTH = /[０-９．－＋]/g;
const SHAPES: Record<ManualField['kind'], { pattern: RegExp; message: string }> = {
  count: { pattern: /^\d+$/, message: '请填写不小于0的整数' },
  change: { pattern: /^[+-]?\d+$/, message: '请填写整数，减少的填负数' },
  amount: { pattern: /^\d+(\.\d{1,4})?$/, message: '请填写金额（万元），最多四位小数' },
};

/** '' → null (not filled in yet); full-width digits and thousands separators are accepted. */
export function parseManualValue(
  field: ManualField,
  raw: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = raw
    .trim()
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
  if (text === '') return { ok: true, value: null };
  const shape = SHAPES[field.kind];
  if (!shape.pattern.test(text)) return { ok: false, message: shape.message };
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) return { ok: false, message: '数值过大' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Every field of the format needs a value and a note saying where it comes from. */
export function checkManual(format: ReportFormat, manual: ManualValues): ReportProblem[] {
  return FIELDS[format].flatMap((field): ReportProblem[] => {
    const entry = manual[field.key];
    if (entry?.value == null) return [{ kind: 'manual', key: field.key, message: `表二 · ${field.label} 未填写` }];
    if (entry.note.trim() === '')
      return [{ kind: 'manual', key: field.key, message: `表二 · ${field.label} 缺少数据来源说明` }];
    return [];
  });
}
