import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReports, recordChanges } from './diff.js';
import { buildReportDocument } from './document.js';
import { defaultNarrative } from './narrative.js';
import { caseArbitrary, recordsFromCases } from './test-records.js';
import type { ManualValues, Narrative, ReportRecords } from './types.js';

const doc = (records: ReportRecords, narrative: Narrative = defaultNarrative('2021'), manual: ManualValues = {}) =>
  buildReportDocument({
    organizationName: '棉洋镇人民政府',
    year: records.year,
    format: '2021',
    records,
    manual,
    narrative,
  });

describe('diffReports', () => {
  const records = recordsFromCases(
    [{ category: '科研机构', receivedOn: '2022-02-01', closedOn: '2022-02-20', outcome: '5.2' }],
    2022,
  );

  it('finds nothing between a document and itself, and as many changes both ways (property)', () => {
    fc.assert(
      fc.property(fc.array(caseArbitrary, { maxLength: 40 }), fc.array(caseArbitrary, { maxLength: 40 }), (a, b) => {
        const [x, y] = [doc(recordsFromCases(a, 2022)), doc(recordsFromCases(b, 2022))];
        expect(diffReports(x, x)).toEqual([]);
        const there = diffReports(x, y);
        const back = diffReports(y, x);
        expect(back.map((c) => [c.key, c.from, c.to]).sort()).toEqual(there.map((c) => [c.key, c.to, c.from]).sort());
      }),
      { numRuns: 50 },
    );
  });

  it('lists changed cells, staff figures, bound figures and paragraphs', () => {
    const before = doc(records, { ...defaultNarrative('2021'), problems: '问题一\n问题二' });
    const after = doc(
      recordsFromCases(
        [{ category: '科研机构', receivedOn: '2022-02-01', closedOn: '2022-02-20', outcome: '5.3' }],
        2022,
      ),
      { ...defaultNarrative('2021'), problems: '问题零\n问题一\n问题二改' },
      { 't2.licensing.decisions': { value: 4, note: '系统' } },
    );
    expect(diffReports(before, after).map((c) => [c.key, c.label, c.from, c.to])).toEqual([
      ['t2.licensing.decisions', '表二 · 行政许可 · 本年处理决定数量', '未填写', '4'],
      [
        't3.outcome.5.2.科研机构',
        '表三 · 三、本年度办理结果 · （五）不予处理 · 2.重复申请 · 法人或其他组织 · 科研机构',
        '1',
        '0',
      ],
      ['t3.outcome.5.2.total', '表三 · 三、本年度办理结果 · （五）不予处理 · 2.重复申请 · 总计', '1', '0'],
      [
        't3.outcome.5.3.科研机构',
        '表三 · 三、本年度办理结果 · （五）不予处理 · 3.要求提供公开出版物 · 法人或其他组织 · 科研机构',
        '0',
        '1',
      ],
      ['t3.outcome.5.3.total', '表三 · 三、本年度办理结果 · （五）不予处理 · 3.要求提供公开出版物 · 总计', '0', '1'],
      ['narrative.5.1', '五、存在的主要问题及改进情况 · 第1段', '', '问题零'],
      ['narrative.5.2', '五、存在的主要问题及改进情况 · 第3段', '问题二', '问题二改'],
    ]);
  });
});

describe('recordChanges', () => {
  it('leaves staff figures out: they are not records', () => {
    const records = recordsFromCases([], 2022);
    expect(recordChanges('2021', records, records)).toEqual([]);
    const more = { ...records, feesCollected: 300 };
    expect(recordChanges('2021', records, more)).toEqual([
      { key: 'fees.collected', label: '数据 · 信息处理费', from: '0', to: '300' },
    ]);
  });
});
