import { describe, expect, it } from 'vitest';
import { fixedPaths, reportPaths } from './sitemap.js';

describe('fixedPaths', () => {
  it('lists hubs, guides, catalogues and statistics of every organization and the columns', () => {
    expect(
      fixedPaths({
        organizations: [{ slug: 'mianyang' }, { slug: 'huacheng' }] as never,
        columns: [{ slug: 'zwdt' }] as never,
      }),
    ).toEqual([
      '/',
      '/gk',
      '/ndbg',
      '/gk/mianyang',
      '/gk/mianyang/guide',
      '/gk/mianyang/catalog',
      '/gk/mianyang/gksj',
      '/gk/huacheng',
      '/gk/huacheng/guide',
      '/gk/huacheng/catalog',
      '/gk/huacheng/gksj',
      '/column/zwdt',
    ]);
  });
});

describe('reportPaths', () => {
  it('lists the report lists of organizations with reports and every report, dated in Shanghai', () => {
    const report = (year: number, publishedAt: string) => ({
      year,
      title: `棉洋镇人民政府${year}年政府信息公开工作年度报告`,
      publishedAt,
      indexNo: null,
      publicationId: year,
    });
    expect(
      reportPaths({
        organizations: [
          {
            slug: 'mianyang',
            name: '棉洋镇人民政府',
            reports: [report(2022, '2023-01-20T02:00:00.000Z'), report(2021, '2022-01-30T17:00:00.000Z')],
          },
          { slug: 'huacheng', name: '华城村', reports: [] },
        ],
      } as never),
    ).toEqual([
      { path: '/gk/mianyang/ndbg' },
      { path: '/gk/mianyang/ndbg/2022', lastmod: '2023-01-20' },
      { path: '/gk/mianyang/ndbg/2021', lastmod: '2022-01-31' },
    ]);
  });
});
