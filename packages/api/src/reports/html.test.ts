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
    const preview = renderReportHtml(document, { traceLinks: true });
    expect(preview).toContain(
      `<td data-key="t3.received.自然人"><a href="?trace=${encodeURIComponent('t3.received.自然人')}">0</a></td>`,
    );
    // Figures staff typed in have no records behind them; not yet filled, they stay empty.
    expect(preview).toContain('<td data-key="t2.fees.amount" class="report-manual"></td>');
  });

  it('puts the head rows in thead and the rows, each led by its scoped label, in tbody', () => {
    const html = renderReportHtml(document);
    const t3 = /<table id="t3">(.*?)<\/table>/.exec(html)![1]!;
    expect(t3).toMatch(/^(<caption>[^<]*<\/caption>)?<thead><tr><th scope="colgroup" colspan="3" rowspan="3">/);
    expect(t3.match(/<thead>/g)).toHaveLength(1);
    expect(t3.match(/<tbody>/g)).toHaveLength(1);
    expect(t3).toContain('<th scope="row" colspan="3">四、结转下年度继续办理</th>');
    expect(/<thead>(.*)<\/thead>/.exec(t3)![1]).not.toContain('<td');
  });
});
