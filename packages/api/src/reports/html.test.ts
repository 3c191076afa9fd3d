import { buildReportDocument, emptyReportRecords } from '@gongkai/domain';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './html.js';

const document = buildReportDocument({
  organizationName: '棉洋镇人民政府',
  year: 2025,
  format: '2021',
  records: emptyReportRecords(2025),
  manual: {},
  narrative: { overview: '<script>alert(1)</script>\n第二段', problems: 'a & b', other: '' },
});

describe('renderReportHtml', () => {
  it('escapes every text staff typed', () => {
    const html = renderReportHtml(document);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>第二段</p>');
    expect(html).toContain('<p>a &amp; b</p>');
  });

  it('heads tables with scoped, merged header cells and keeps the 勾稽关系 note', () => {
    const html = renderReportHtml(document);
    expect(html).toContain('<th scope="colgroup" colspan="7">申请人情况</th>');
    expect(html).toMatch(/<th scope="rowgroup" rowspan="\d+">三、本年度办理结果<\/th>/);
    expect(html).toContain('勾稽关系');
  });

  it('links record-backed numbers only in the console preview', () => {
    expect(renderReportHtml(document)).not.toContain('?trace=');
    expect(renderReportHtml(document, { traceLinks: true })).toContain('?trace=t3.received.');
  });
});
