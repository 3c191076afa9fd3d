import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledCells } from './cells.js';
import { checkBalances } from './checks.js';
import { emptyReportRecords } from './records.js';
import { buildReportTables } from './tables.js';
import { appealsArbitrary, caseArbitrary, recordsFromCases, type TestCase } from './test-records.js';
import type { ReportTable } from './types.js';

const table = (tables: ReportTable[], id: string) => tables.find((t) => t.id === id) as ReportTable;
const values = (t: ReportTable) => Object.fromEntries(labelledCells(t).map((c) => [c.key, c.value]));
/** Each header or row-label cell as "text/colSpan/rowSpan" for comparing layouts. */
const spans = (cells: readonly { text: string; colSpan?: number; rowSpan?: number }[]) =>
  cells.map((c) => `${c.text}/${c.colSpan ?? 1}/${c.rowSpan ?? 1}`);

describe('table balances (rules §5)', () => {
  it('hold for tables built from any set of cases, in every year and format (property)', () => {
    fc.assert(
      fc.property(
        fc.array(caseArbitrary, { maxLength: 120 }),
        appealsArbitrary,
        fc.integer({ min: 2018, max: 2023 }),
        fc.constantFrom('2021' as const, '2019' as const),
        (cases, appeals, year, format) => {
          const tables = buildReportTables(format, recordsFromCases(cases, year, appeals), {});
          expect(checkBalances(tables)).toEqual([]);
        },
      ),
    );
  });

  it('fail when a figure disagrees with the others (property)', () => {
    fc.assert(
      fc.property(
        fc.array(caseArbitrary, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2018, max: 2023 }),
        fc.constantFrom('received', 'carriedOver', 'carriedForward') as fc.Arbitrary<
          'received' | 'carriedOver' | 'carriedForward'
        >,
        (cases, year, set) => {
          const records = recordsFromCases(cases, year);
          const wrong = {
            ...records,
            requests: {
              ...records.requests,
              [set]: { ...records.requests[set], 科研机构: records.requests[set].科研机构 + 1 },
            },
          };
          const problems = checkBalances(buildReportTables('2021', wrong, {}));
          // The 科研机构 column and the 总计 column no longer balance.
          expect(problems.map((p) => p.key)).toEqual(['t3.carriedForward.科研机构', 't3.carriedForward.total']);
          expect(problems[0]?.message).toMatch(
            /^表三 · 科研机构：第一项加第二项之和为 \d+，第三项（七）总计加第四项之和为 \d+$/,
          );
        },
      ),
    );
  });

  it('name a total that is not the sum of its row or column', () => {
    const tables = buildReportTables('2021', emptyReportRecords(2022), {});
    const tampered = tables.map((t) =>
      t.id !== 't3' && t.id !== 't4'
        ? t
        : {
            ...t,
            rows: t.rows.map((row) => ({
              ...row,
              cells: row.cells.map((c) =>
                c.key === 't3.closed.自然人' || c.key === 't4.review.total' ? { ...c, value: 2 } : c,
              ),
            })),
          },
    );
    expect(checkBalances(tampered).map((p) => p.message)).toEqual([
      '表三 · 三、本年度办理结果 · （七）总计 · 总计 为 0，自然人与法人或其他组织各项之和为 2',
      '表四 · 行政复议 · 总计 为 2，结果维持、结果纠正、其他结果、尚未审结之和为 0',
      '表三 · 三、本年度办理结果 · （七）总计 · 自然人 为 2，（一）至（六）各项之和为 0',
      '表三 · 自然人：第一项加第二项之和为 0，第三项（七）总计加第四项之和为 2',
    ]);
  });
});

describe('2021 format tables', () => {
  const cases: TestCase[] = [
    // Carried over from 2021, closed in 2022 as 予以公开.
    { category: '自然人', receivedOn: '2021-12-20', closedOn: '2022-01-10', outcome: '1' },
    // Closed in 2021: not in 2022's table.
    { category: '自然人', receivedOn: '2021-03-01', closedOn: '2021-03-20', outcome: '2' },
    { category: '商业企业', receivedOn: '2022-02-01', closedOn: '2022-02-25', outcome: '3.4' },
    { category: '法律服务机构', receivedOn: '2022-05-01', closedOn: '2022-05-06', outcome: '6.3' },
    { category: '自然人', receivedOn: '2022-12-28', closedOn: null, outcome: '1' },
    // Received in 2022, closed in 2023: carried forward.
    { category: '其他', receivedOn: '2022-12-01', closedOn: '2023-01-05', outcome: '4.1' },
  ];
  const tables = buildReportTables('2021', recordsFromCases(cases, 2022), {
    't2.licensing.decisions': { value: 12, note: '审批系统导出' },
  });

  it('lays out table 三 with the official merged headers', () => {
    const t3 = table(tables, 't3');
    expect(t3.head.map(spans)).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/3/3', '申请人情况/7/1'],
      ['自然人/1/2', '法人或其他组织/5/1', '总计/1/2'],
      ['商业企业/1/1', '科研机构/1/1', '社会公益组织/1/1', '法律服务机构/1/1', '其他/1/1'],
    ]);
    expect(t3.rows.map((r) => spans(r.labels))).toEqual([
      ['一、本年新收政府信息公开申请数量/3/1'],
      ['二、上年结转政府信息公开申请数量/3/1'],
      ['三、本年度办理结果/1/22', '（一）予以公开/2/1'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）/2/1'],
      ['（三）不予公开/1/8', '1.属于国家秘密/1/1'],
      ['2.其他法律行政法规禁止公开/1/1'],
      ['3.危及“三安全一稳定”/1/1'],
      ['4.保护第三方合法权益/1/1'],
      ['5.属于三类内部事务信息/1/1'],
      ['6.属于四类过程性信息/1/1'],
      ['7.属于行政执法案卷/1/1'],
      ['8.属于行政查询事项/1/1'],
      ['（四）无法提供/1/3', '1.本机关不掌握相关政府信息/1/1'],
      ['2.没有现成信息需要另行制作/1/1'],
      ['3.补正后申请内容仍不明确/1/1'],
      ['（五）不予处理/1/5', '1.信访举报投诉类申请/1/1'],
      ['2.重复申请/1/1'],
      ['3.要求提供公开出版物/1/1'],
      ['4.无正当理由大量反复申请/1/1'],
      ['5.要求行政机关确认或重新出具已获取信息/1/1'],
      ['（六）其他处理/1/3', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请/1/1'],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请/1/1'],
      ['3.其他/1/1'],
      ['（七）总计/2/1'],
      ['四、结转下年度继续办理/3/1'],
    ]);
    expect(t3.rows.every((r) => r.cells.length === 7)).toBe(true);
    expect(t3.note).toContain('勾稽关系');
  });

  it('counts the hand-checked cases into table 三', () => {
    const v = values(table(tables, 't3'));
    // 一: 商业企业, 法律服务机构, 自然人 (12-28), 其他 (12-01).
    expect([
      v['t3.received.自然人'],
      v['t3.received.商业企业'],
      v['t3.received.法律服务机构'],
      v['t3.received.其他'],
    ]).toEqual([1, 1, 1, 1]);
    expect(v['t3.received.total']).toBe(4);
    expect(v['t3.carriedOver.自然人']).toBe(1);
    expect(v['t3.carriedOver.total']).toBe(1);
    expect(v['t3.outcome.1.自然人']).toBe(1);
    expect(v['t3.outcome.2.自然人']).toBe(0);
    expect(v['t3.outcome.3.4.商业企业']).toBe(1);
    expect(v['t3.outcome.6.3.法律服务机构']).toBe(1);
    expect(v['t3.outcome.4.1.其他']).toBe(0);
    expect(v['t3.closed.total']).toBe(3);
    expect([v['t3.carriedForward.自然人'], v['t3.carriedForward.其他'], v['t3.carriedForward.total']]).toEqual([
      1, 1, 2,
    ]);
    // 一 + 二 = 七 + 四 in the 总计 column: 4 + 1 = 3 + 2.
    expect(checkBalances(tables)).toEqual([]);
  });

  it('traces record cells, sums and totals to the cases behind them', () => {
    const cells = labelledCells(table(tables, 't3'));
    const cell = (key: string) => cells.find((c) => c.key === key);
    expect(cell('t3.outcome.3.4.商业企业')).toMatchObject({
      source: 'records',
      trace: { kind: 'requests', set: 'closed', category: '商业企业', outcome: '3.4' },
      label: '表三 · 三、本年度办理结果 · （三）不予公开 · 4.保护第三方合法权益 · 法人或其他组织 · 商业企业',
    });
    expect(cell('t3.received.total')).toMatchObject({
      source: 'sum',
      trace: { kind: 'requests', set: 'received', category: null, outcome: null },
      label: '表三 · 一、本年新收政府信息公开申请数量 · 总计',
    });
    expect(cell('t3.closed.自然人')).toMatchObject({
      source: 'sum',
      trace: { kind: 'requests', set: 'closed', category: '自然人', outcome: null },
      label: '表三 · 三、本年度办理结果 · （七）总计 · 自然人',
    });
    expect(new Set(cells.map((c) => c.label)).size).toBe(cells.length);
  });

  it('has the four blocks of table 二, staff figures left empty until entered', () => {
    const t2 = tables.filter((t) => t.id.startsWith('t2'));
    expect(t2.map((t) => [t.id, t.caption, t.head[0]?.map((h) => h.text), t.rows.map((r) => r.labels[0]?.text)])).toEqual([
      ['t2-normative', '第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
      ['t2-services', '第二十条第（五）项', ['信息内容', '本年处理决定数量'], ['行政许可']],
      ['t2-decisions', '第二十条第（六）项', ['信息内容', '本年处理决定数量'], ['行政处罚', '行政强制']],
      ['t2-fees', '第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费']],
    ]); // prettier-ignore
    const decisions = [...labelledCells(table(tables, 't2-services')), ...labelledCells(table(tables, 't2-decisions'))];
    expect(decisions.map((c) => [c.label, c.value, c.source])).toEqual([
      ['表二 · 行政许可 · 本年处理决定数量', 12, 'manual'],
      ['表二 · 行政处罚 · 本年处理决定数量', null, 'manual'],
      ['表二 · 行政强制 · 本年处理决定数量', null, 'manual'],
    ]);
    expect(labelledCells(table(tables, 't2-normative'))[4]).toMatchObject({
      key: 't2.documents.repealed',
      label: '表二 · 行政规范性文件 · 本年废止件数',
      trace: { kind: 'normative', tier: 'documents', set: 'repealed' },
    });
  });

  it('lays out table 四 as 行政复议 and the two kinds of 行政诉讼', () => {
    const t4 = table(tables, 't4');
    expect(t4.head.map(spans).slice(0, 2)).toEqual([
      ['行政复议/5/2', '行政诉讼/10/1'],
      ['未经复议直接起诉/5/1', '复议后起诉/5/1'],
    ]);
    expect(t4.head[2]?.map((h) => h.text).slice(0, 5)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
    const cells = labelledCells(t4);
    expect(cells).toHaveLength(15);
    expect(cells.map((c) => c.key).slice(5, 10)).toEqual([
      't4.lawsuit_direct.upheld',
      't4.lawsuit_direct.corrected',
      't4.lawsuit_direct.other',
      't4.lawsuit_direct.pending',
      't4.lawsuit_direct.total',
    ]);
    expect(cells[14]?.label).toBe('表四 · 行政诉讼 · 复议后起诉 · 总计');
    expect(cells[0]?.label).toBe('表四 · 行政复议 · 结果维持');
  });
});

describe('2019 trial format tables', () => {
  const records = recordsFromCases(
    [
      { category: '自然人', receivedOn: '2020-03-02', closedOn: '2020-03-20', outcome: '6.1' },
      { category: '自然人', receivedOn: '2020-04-01', closedOn: '2020-04-08', outcome: '6.3' },
      { category: '科研机构', receivedOn: '2020-05-06', closedOn: '2020-05-18', outcome: '6.2' },
    ],
    2020,
  );
  const tables = buildReportTables('2019', records, {});

  it('has the five blocks of its table 二', () => {
    expect(tables.map((t) => t.id)).toEqual([
      't2-normative',
      't2-services',
      't2-decisions',
      't2-fees',
      't2-procurement',
      't3',
      't4',
    ]);
    expect(table(tables, 't2-normative').head[0]?.map((h) => h.text)).toEqual([
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
    ]);
    expect(table(tables, 't2-normative').rows[1]?.labels[0]?.text).toBe('规范性文件');
    expect(labelledCells(table(tables, 't2-services')).map((c) => c.label)).toEqual([
      '表二 · 行政许可 · 上一年项目数量',
      '表二 · 行政许可 · 本年增/减',
      '表二 · 行政许可 · 处理决定数量',
      '表二 · 其他对外管理服务事项 · 上一年项目数量',
      '表二 · 其他对外管理服务事项 · 本年增/减',
      '表二 · 其他对外管理服务事项 · 处理决定数量',
    ]);
    expect(table(tables, 't2-fees').head[0]?.map((h) => h.text)).toEqual(['信息内容', '上一年项目数量', '本年增/减']);
    expect(labelledCells(table(tables, 't2-procurement')).map((c) => c.key)).toEqual([
      't2.procurement.projects',
      't2.procurement.amount',
    ]);
  });

  it('reports （六）其他处理 as one row summing its three outcomes', () => {
    const t3 = table(tables, 't3');
    expect(t3.rows).toHaveLength(23);
    expect(t3.rows[2]?.labels[0]).toEqual({ text: '三、本年度办理结果', rowSpan: 20 });
    const other = t3.rows.find((r) => r.labels[0]?.text === '（六）其他处理');
    expect(other?.labels).toEqual([{ text: '（六）其他处理', colSpan: 2 }]);
    const v = values(t3);
    expect([v['t3.outcome.6.自然人'], v['t3.outcome.6.科研机构'], v['t3.outcome.6.total']]).toEqual([2, 1, 3]);
    // A sum of three outcomes has no single trace.
    expect(other?.cells[0]?.trace).toBeNull();
    expect(checkBalances(tables)).toEqual([]);
  });
});

describe('2007 format', () => {
  it('has no tables', () => {
    expect(buildReportTables('2007', emptyReportRecords(2015), {})).toEqual([]);
  });
});
