import { error } from '@sveltejs/kit';
import { chartCsv } from '@gongkai/domain';
import { query } from '$lib/server/call';
import { statsFilters } from '../filters';
import type { RequestHandler } from './$types';

/** One chart of 统计分析 as CSV, for the same filters as the page (with a BOM so spreadsheets read the Chinese). */
export const GET: RequestHandler = async (event) => {
  const today = await query(event, (api) => api.auth.today.query());
  const filters = statsFilters(event.url.searchParams, today);
  const stats = await query(event, (api) => api.stats.overview.query(filters));
  const chart = stats.charts.find((c) => c.id === event.params.chart);
  if (!chart) error(404, '页面不存在');
  const fileName = `${chart.title}（${stats.from}至${stats.to}）.csv`;
  return new Response(`\uFEFF${chartCsv(chart)}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${chart.id}.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
};
