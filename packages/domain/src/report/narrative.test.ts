import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFigures } from './figures.js';
import { defaultNarrative, narrativeSections } from './narrative.js';
import { checkNarrative, formatFigureValue, renderNarrative } from './placeholders.js';
import { demo2015Records } from './test-records.js';
import type { Figure } from './types.js';

const figures = reportFigures(demo2015Records());
const ctx = { organizationName: '棉洋镇人民政府', year: 2015 };

describe('narrative sections', () => {
  it('has the editable sections of each format', () => {
    expect(narrativeSections('2021').map((s) => [s.id, s.heading])).toEqual([
      ['overview', '一、总体情况'],
      ['problems', '五、存在的主要问题及改进情况'],
      ['other', '六、其他需要报告的事项'],
    ]);
    expect(narrativeSections('2019').map((s) => s.id)).toEqual(['overview', 'problems', 'other']);
    expect(narrativeSections('2007').map((s) => s.heading)).toEqual([
      '开头',
      '一、政府信息公开工作推进情况',
      '二、主动公开政府信息情况',
      '三、政府信息依申请公开情况及不予公开政府信息的情况',
      '四、依申请政府信息公开收费情况',
      '五、申请行政复议、提起行政诉讼情况',
      '六、存在问题与工作计划',
    ]);
  });

  it('starts 总体情况 with the five parts and 六 with the 信息处理费 sentence', () => {
    const draft = defaultNarrative('2021');
    const headings = draft.overview?.split('\n').filter((line) => /^（[一二三四五]）/.test(line));
    expect(headings).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）平台建设',
      '（五）监督保障',
    ]);
    expect(draft.other).toContain('（国办函〔2020〕109号）收取信息处理费{{信息处理费}}元');
    expect(draft.problems).toBe('');
  });

  it('uses only known placeholders and no typed numbers in any default draft', () => {
    for (const format of ['2021', '2019', '2007'] as const)
      expect(checkNarrative(defaultNarrative(format, figures), figures)).toEqual([]);
  });
});

describe('renderNarrative', () => {
  it('reproduces the founding report’s figure sentence from the 2015 records', () => {
    const [paragraph] = renderNarrative(defaultNarrative('2007', figures).proactive ?? '', figures, ctx);
    expect(paragraph).toBe(
      '2015年，棉洋镇人民政府全年主动公开信息数为133条，其中主动公开政府信息数为133条，主动公开文件数为21条，' +
        '规范性文件为5条，制发规范性文件总数为5条，政府网站公开政府信息数为133条，公开政务动态713条，镇村信息974条，' +
        '部门动态674条，公示公告78条，点击率达313万人次。',
    );
  });

  it('splits paragraphs on lines, fills the context and leaves unknown placeholders visible', () => {
    expect(renderNarrative('  {{年份}}年{{机关名称}}\n\n{{ 点击量 }}人次，{{未知}}\r\n', figures, ctx)).toEqual([
      '2015年棉洋镇人民政府',
      '3,130,000人次，{{未知}}',
    ]);
  });

  it('groups thousands only from 10000 up', () => {
    expect([0, 313, 2015, 9999, 10000, 3130000, 12345.67, 0.25].map(formatFigureValue)).toEqual([
      '0', '313', '2015', '9999', '10,000', '3,130,000', '12,345.67', '0.25',
    ]); // prettier-ignore
  });

  it('shows every bound figure’s value (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (value) => {
        const bound: Figure[] = [{ key: 'x', name: '新收申请数', value, unit: '件', trace: null }];
        const [text] = renderNarrative('收到{{新收申请数}}件', bound, ctx);
        expect(text?.replace(/,/g, '')).toBe(`收到${value}件`);
        expect(checkNarrative({ overview: '收到{{新收申请数}}件' }, bound)).toEqual([]);
      }),
    );
  });
});

describe('checkNarrative', () => {
  it('refuses numbers typed with a counting unit and names unknown placeholders', () => {
    const problems = checkNarrative(
      {
        overview: '全年主动公开信息133条，点击率达313万人次，收费1.5万元，10余件；{{主动公开文件数}}篇',
        other: '依据第14条，{{年份}}年 12345 热线，{{收费}}，国办函〔2020〕109号。',
        plans: '收到留言３条',
      },
      figures,
    );
    expect(problems.map((p) => [p.key, p.message])).toEqual([
      [
        'overview',
        '一、总体情况：“全年主动公开信息133条”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）',
      ],
      ['overview', '一、总体情况：“点击率达313万人次”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）'],
      ['overview', '一、总体情况：“收费1.5万元”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）'],
      ['overview', '一、总体情况：“10余件”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）'],
      ['other', '六、其他需要报告的事项：未知的占位符“{{收费}}”'],
      [
        'plans',
        '六、存在问题与工作计划：“收到留言３条”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）',
      ],
    ]);
  });

  it('finds a digit typed right after a placeholder', () => {
    expect(checkNarrative({ overview: '{{新收申请数}}0件' }, figures)).toHaveLength(1);
  });
});
