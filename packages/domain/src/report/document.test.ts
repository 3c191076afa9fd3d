import { describe, expect, it } from 'vitest';
import { reportCells } from './cells.js';
import { buildReportDocument } from './document.js';
import { reportFigures } from './figures.js';
import { defaultNarrative } from './narrative.js';
import { emptyReportRecords } from './records.js';
import { demo2015Records, recordsFromCases } from './test-records.js';

describe('reportFigures', () => {
  it('binds the 2015 figures of the founding report, each traced to its records', () => {
    const figures = reportFigures(demo2015Records());
    const byName = Object.fromEntries(figures.map((f) => [f.name, f]));
    expect(byName['主动公开信息数']).toMatchObject({
      value: 133,
      unit: '条',
      trace: { kind: 'publications', set: 'catalogue' },
    });
    expect(byName['主动公开文件数']?.value).toBe(21);
    expect(byName['规范性文件数']?.value).toBe(5);
    expect(byName['制发规范性文件数']).toMatchObject({
      value: 5,
      trace: { kind: 'normative', tier: 'documents', set: 'issued' },
    });
    expect(byName['栏目:政务动态']).toMatchObject({
      key: 'ov.column.zwdt',
      value: 713,
      trace: { kind: 'publications', set: 'column', key: 'zwdt' },
    });
    expect(byName['目录:概况信息']).toMatchObject({
      key: 'ov.category.1',
      value: 12,
      trace: { kind: 'publications', set: 'category', key: '1' },
    });
    expect(byName['点击量']).toMatchObject({ value: 3_130_000, unit: '人次' });
    expect(byName['点击量（万人次）']).toMatchObject({ value: 313, unit: '万人次' });
    expect(byName['新收申请数']).toMatchObject({
      value: 0,
      trace: { kind: 'requests', set: 'received', category: null, outcome: null },
    });
    expect(byName['信息处理费']).toMatchObject({ value: 0, unit: '元', trace: { kind: 'fees' } });
    expect(new Set(figures.map((f) => f.name)).size).toBe(figures.length);
    expect(new Set(figures.map((f) => f.key)).size).toBe(figures.length);
  });

  it('rounds 万人次 to two decimals and tells apart columns of the same name', () => {
    const base = emptyReportRecords(2022);
    const figures = reportFigures({
      ...base,
      views: 12_345,
      publications: {
        ...base.publications,
        byColumn: [
          { key: 'a', name: '工作动态', count: 1 },
          { key: 'b', name: '工作动态', count: 2 },
        ],
      },
    });
    expect(figures.find((f) => f.name === '点击量（万人次）')?.value).toBe(1.23);
    expect(figures.filter((f) => f.key.startsWith('ov.column.')).map((f) => f.name)).toEqual([
      '栏目:工作动态',
      '栏目:工作动态（b）',
    ]);
  });
});

describe('buildReportDocument', () => {
  it('builds the six sections of the 2021 format, tables under 二 三 四', () => {
    const records = recordsFromCases(
      [{ category: '自然人', receivedOn: '2022-03-01', closedOn: '2022-03-15', outcome: '1' }],
      2022,
    );
    const doc = buildReportDocument({
      organizationName: '棉洋镇人民政府',
      year: 2022,
      format: '2021',
      records,
      manual: {},
      narrative: { ...defaultNarrative('2021'), problems: '第一段\n第二段' },
    });
    expect(doc.title).toBe('棉洋镇人民政府2022年政府信息公开工作年度报告');
    expect(doc.intro).toEqual([]);
    expect(doc.sections.map((s) => [s.heading, s.tables.map((t) => t.id)])).toEqual([
      ['一、总体情况', []],
      ['二、主动公开政府信息情况', ['t2-normative', 't2-services', 't2-decisions', 't2-fees']],
      ['三、收到和处理政府信息公开申请情况', ['t3']],
      ['四、政府信息公开行政复议、行政诉讼情况', ['t4']],
      ['五、存在的主要问题及改进情况', []],
      ['六、其他需要报告的事项', []],
    ]);
    expect(doc.sections[0]?.paragraphs[3]).toBe(
      '本年新收政府信息公开申请1件，上年结转0件，本年办结1件，结转下年度继续办理0件。',
    );
    expect(doc.sections[2]?.paragraphs).toEqual(['本年度收到和处理政府信息公开申请情况如下：']);
    expect(doc.sections[4]?.paragraphs).toEqual(['第一段', '第二段']);
    expect(doc.sections[5]?.paragraphs).toEqual([
      '本年依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费0元。',
    ]);
    expect(reportCells(doc).find((c) => c.key === 't3.outcome.1.自然人')?.value).toBe(1);
  });

  it('builds the 2019 trial format with its five table 二 blocks', () => {
    const doc = buildReportDocument({
      organizationName: '棉洋镇人民政府',
      year: 2020,
      format: '2019',
      records: emptyReportRecords(2020),
      manual: {},
      narrative: defaultNarrative('2019'),
    });
    expect(doc.sections.map((s) => s.heading)).toHaveLength(6);
    expect(doc.sections[1]?.tables.map((t) => t.caption)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(doc.sections[5]?.paragraphs).toEqual(['本年收取信息处理费0元。']);
  });

  it('rebuilds the founding report’s structure for 2015, without tables', () => {
    const records = demo2015Records();
    const doc = buildReportDocument({
      organizationName: '棉洋镇人民政府',
      year: 2015,
      format: '2007',
      records,
      manual: {},
      narrative: defaultNarrative('2007', reportFigures(records)),
    });
    expect(doc.title).toBe('棉洋镇人民政府2015年政府信息公开工作年度报告');
    expect(doc.intro).toEqual([
      '根据《中华人民共和国政府信息公开条例》的要求，现将棉洋镇人民政府2015年政府信息公开工作情况报告如下：',
    ]);
    expect(doc.sections.map((s) => [s.heading, s.paragraphs.length, s.tables.length])).toEqual([
      ['一、政府信息公开工作推进情况', 0, 0],
      ['二、主动公开政府信息情况', 1, 0],
      ['三、政府信息依申请公开情况及不予公开政府信息的情况', 1, 0],
      ['四、依申请政府信息公开收费情况', 1, 0],
      ['五、申请行政复议、提起行政诉讼情况', 1, 0],
      ['六、存在问题与工作计划', 0, 0],
    ]);
    expect(doc.sections[1]?.paragraphs[0]).toContain(
      '公开政务动态713条，镇村信息974条，部门动态674条，公示公告78条，点击率达313万人次。',
    );
    expect(doc.sections[2]?.paragraphs).toEqual(['2015年，棉洋镇人民政府收到政府信息公开申请0件，办结0件。']);
    expect(doc.sections[4]?.paragraphs).toEqual(['2015年，因政府信息公开工作被申请行政复议0件，被提起行政诉讼0件。']);
    expect(reportCells(doc)).toEqual([]);
  });
});
