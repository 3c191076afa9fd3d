import { describe, expect, it } from 'vitest';
import { checkReport, compareRecords } from './checks.js';
import { buildReportDocument } from './document.js';
import { reportFigures } from './figures.js';
import { HISTORICAL_FORMAT_NOTE } from './format.js';
import { defaultNarrative } from './narrative.js';
import { demo2015Records, recordsFromCases, type TestCase } from './test-records.js';
import type { ManualValues, Narrative, ReportFormat, ReportRecords } from './types.js';

const cases: TestCase[] = [
  { category: '自然人', receivedOn: '2022-03-01', closedOn: '2022-03-15', outcome: '1' },
  { category: '商业企业', receivedOn: '2022-06-01', closedOn: null, outcome: '1' },
];
const complete: ManualValues = {
  't2.licensing.decisions': { value: 3, note: '政务服务平台' },
  't2.penalty.decisions': { value: 0, note: '综合执法办' },
  't2.enforcement.decisions': { value: 0, note: '综合执法办' },
  't2.fees.amount': { value: 0, note: '财政所' },
};
const narrative: Narrative = { ...defaultNarrative('2021'), problems: '公开意识有待加强，将加强培训。' };

function check(
  format: ReportFormat,
  stored: ReportRecords,
  options: { manual?: ManualValues; narrative?: Narrative; current?: ReportRecords } = {},
) {
  const manual = options.manual ?? complete;
  const text = options.narrative ?? narrative;
  const document = buildReportDocument({
    organizationName: '棉洋镇人民政府',
    year: stored.year,
    format,
    records: stored,
    manual,
    narrative: text,
  });
  return checkReport({
    format,
    document,
    manual,
    narrative: text,
    figures: document.figures,
    storedRecords: stored,
    currentRecords: options.current ?? stored,
  });
}

describe('checkReport', () => {
  const records = recordsFromCases(cases, 2022);

  it('passes a complete 2021 report whose records have not changed', () => {
    expect(check('2021', records)).toEqual([]);
  });

  it('lists every kind of failure', () => {
    const { 't2.fees.amount': _fees, ...withoutFees } = complete;
    const problems = check('2021', records, {
      manual: withoutFees,
      narrative: { ...narrative, problems: '', other: '收取信息处理费200元。' },
      current: recordsFromCases(
        [...cases, { category: '自然人', receivedOn: '2022-12-01', closedOn: null, outcome: '1' }],
        2022,
      ),
    });
    expect(problems.map((p) => [p.kind, p.key, p.message])).toEqual([
      ['manual', 't2.fees.amount', '表二 · 行政事业性收费 · 本年收费金额（单位：万元） 未填写'],
      ['narrative', 'problems', '五、存在的主要问题及改进情况：尚未填写'],
      [
        'narrative',
        'other',
        '六、其他需要报告的事项：“收取信息处理费200元”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）',
      ],
      ['records', 't3.received.自然人', '表三 · 一、本年新收政府信息公开申请数量 · 自然人 报告为 1，记录现为 2'],
      ['records', 't3.received.total', '表三 · 一、本年新收政府信息公开申请数量 · 总计 报告为 2，记录现为 3'],
      ['records', 't3.carriedForward.自然人', '表三 · 四、结转下年度继续办理 · 自然人 报告为 0，记录现为 1'],
      ['records', 't3.carriedForward.total', '表三 · 四、结转下年度继续办理 · 总计 报告为 1，记录现为 2'],
      ['records', 'rq.received', '数据 · 新收申请数 报告为 2，记录现为 3'],
      ['records', 'rq.carriedForward', '数据 · 结转下年度申请数 报告为 1，记录现为 2'],
    ]);
  });

  it('reports stored records that break a 勾稽关系 as balance failures', () => {
    const broken = {
      ...records,
      requests: { ...records.requests, carriedOver: { ...records.requests.carriedOver, 其他: 1 } },
    };
    expect(check('2021', broken).map((p) => [p.kind, p.key])).toEqual([
      ['balance', 't3.carriedForward.其他'],
      ['balance', 't3.carriedForward.total'],
    ]);
  });

  it('never passes the free-form format: a pre-2019 draft is for comparison only', () => {
    const records2015 = demo2015Records();
    const problems = check('2007', records2015, {
      narrative: { ...defaultNarrative('2007', reportFigures(records2015)), work: '推进', plans: '计划' },
    });
    expect(problems).toEqual([{ kind: 'format', message: HISTORICAL_FORMAT_NOTE }]);
  });
});

describe('compareRecords', () => {
  it('compares figures outside the tables too (publications, views)', () => {
    const stored = demo2015Records();
    const current = { ...stored, views: 3_140_000, publications: { ...stored.publications, catalogue: 134 } };
    expect(compareRecords('2007', stored, current).map((p) => p.message)).toEqual([
      '数据 · 主动公开信息数 报告为 133，记录现为 134',
      '数据 · 点击量 报告为 3,130,000，记录现为 3,140,000',
      '数据 · 点击量（万人次） 报告为 313，记录现为 314',
    ]);
  });
});
