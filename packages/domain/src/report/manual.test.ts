import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManual, manualFields, parseManualValue } from './manual.js';
import type { ManualField } from './types.js';

const field = (kind: ManualField['kind']): ManualField => ({ key: 'k', label: 'l', unit: '件', kind });

describe('manualFields', () => {
  it('lists the staff-entered cells of table 二 per format', () => {
    expect(manualFields('2021').map((f) => [f.key, f.label, f.unit])).toEqual([
      ['t2.licensing.decisions', '行政许可 · 本年处理决定数量', '件'],
      ['t2.penalty.decisions', '行政处罚 · 本年处理决定数量', '件'],
      ['t2.enforcement.decisions', '行政强制 · 本年处理决定数量', '件'],
      ['t2.fees.amount', '行政事业性收费 · 本年收费金额（单位：万元）', '万元'],
    ]);
    const trial = manualFields('2019');
    expect(trial).toHaveLength(16);
    expect(trial.filter((f) => f.kind === 'change').map((f) => f.label)).toEqual([
      '行政许可 · 本年增/减',
      '其他对外管理服务事项 · 本年增/减',
      '行政处罚 · 本年增/减',
      '行政强制 · 本年增/减',
      '行政事业性收费 · 本年增/减',
    ]);
    expect(trial.slice(-2).map((f) => f.key)).toEqual(['t2.procurement.projects', 't2.procurement.amount']);
    expect(manualFields('2007')).toEqual([]);
  });
});

describe('parseManualValue', () => {
  it('reads counts, changes and amounts; empty means not filled in', () => {
    expect(parseManualValue(field('count'), '  ')).toEqual({ ok: true, value: null });
    expect(parseManualValue(field('count'), '1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseManualValue(field('count'), '１２')).toEqual({ ok: true, value: 12 });
    expect(parseManualValue(field('count'), '-3')).toEqual({ ok: false, message: '请填写不小于0的整数' });
    expect(parseManualValue(field('count'), '2.5')).toEqual({ ok: false, message: '请填写不小于0的整数' });
    expect(parseManualValue(field('change'), '-3')).toEqual({ ok: true, value: -3 });
    expect(parseManualValue(field('change'), '+2')).toEqual({ ok: true, value: 2 });
    expect(parseManualValue(field('change'), '-0')).toEqual({ ok: true, value: 0 });
    expect(parseManualValue(field('amount'), '12.3456')).toEqual({ ok: true, value: 12.3456 });
    expect(parseManualValue(field('amount'), '12.34567')).toMatchObject({ ok: false });
    expect(parseManualValue(field('amount'), '三万')).toMatchObject({
      ok: false,
      message: '请填写金额（万元），最多四位小数',
    });
  });

  it('round-trips any whole count (property)', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(parseManualValue(field('count'), String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('checkManual', () => {
  it('asks for every value and a note saying where it comes from', () => {
    const problems = checkManual('2021', {
      't2.licensing.decisions': { value: 3, note: '政务服务平台导出' },
      't2.penalty.decisions': { value: 0, note: ' ' },
      't2.fees.amount': { value: null, note: '' },
    });
    expect(problems).toEqual([
      { kind: 'manual', key: 't2.penalty.decisions', message: '表二 · 行政处罚 · 本年处理决定数量 缺少数据来源说明' },
      { kind: 'manual', key: 't2.enforcement.decisions', message: '表二 · 行政强制 · 本年处理决定数量 未填写' },
      { kind: 'manual', key: 't2.fees.amount', message: '表二 · 行政事业性收费 · 本年收费金额（单位：万元） 未填写' },
    ]);
    expect(checkManual('2007', {})).toEqual([]);
  });
});
