import { describe, expect, it } from 'vitest';
import { buildReportDocument, defaultNarrative, emptyReportRecords, reportCells } from '@gongkai/domain';
import { reportJson, reportJsonFileName } from './report-json.js';

const document = buildReportDocument({
  organizationName: '棉洋镇人民政府',
  year: 2021,
  format: '2021',
  records: emptyReportRecords(2021),
  manual: { 't2.licensing.decisions': { value: 12, note: '据审批系统统计' } },
  narrative: defaultNarrative('2021'),
});

const report: Parameters<typeof reportJson>[0] = {
  organization: { slug: 'mianyang', name: '棉洋镇人民政府' },
  year: 2021,
  format: '2021' as const,
  title: document.title,
  indexNo: '007258765/2022-00001',
  publishedAt: '2022-01-20T02:00:00.000Z',
  version: 2,
  amendments: [{ version: 2, publishedAt: '2022-02-01T02:00:00.000Z', changeNote: '更正表三数据' }],
  document,
};

describe('reportJson', () => {
  const json = reportJson(report, 'https://example.gov.cn/gk/mianyang/ndbg/2021');

  it('carries the metadata and every table of every section', () => {
    expect(json).toMatchObject({
      title: '棉洋镇人民政府2021年政府信息公开工作年度报告',
      organization: '棉洋镇人民政府',
      year: 2021,
      indexNo: '007258765/2022-00001',
      version: 2,
      url: 'https://example.gov.cn/gk/mianyang/ndbg/2021',
    });
    const tableIds = json.sections.flatMap((s) => s.tables.map((t) => t.id));
    expect(tableIds).toEqual(document.sections.flatMap((s) => s.tables.map((t) => t.id)));
    expect(tableIds).toContain('t3');
  });

  it('lists every cell with its label and value, the staff figures included', () => {
    expect(json.cells).toHaveLength(reportCells(document).length);
    expect(json.cells.find((c) => c.key === 't2.licensing.decisions')).toMatchObject({ value: 12, source: 'manual' });
    expect(json.cells.find((c) => c.key === 't3.received.total')?.label).toMatch(/^表三 · /);
  });

  it('leaves out trace references into staff records', () => {
    expect(JSON.stringify(json)).not.toContain('"trace"');
  });
});

describe('reportJsonFileName', () => {
  it('is the report title', () => {
    expect(reportJsonFileName(report)).toBe('棉洋镇人民政府2021年政府信息公开工作年度报告.json');
  });
});
