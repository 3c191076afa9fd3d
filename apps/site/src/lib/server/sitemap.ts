import { error, type RequestEvent } from '@sveltejs/kit';
import { shanghaiDate } from '@gongkai/domain';
import { api, need } from './api.js';
import { siteUrl } from './env.js';
import { loadSiteFrame } from './site.js';
import { XML_HEADERS } from './xml.js';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

export const xmlResponse = (body: string) =>
  new Response(body, { headers: { ...XML_HEADERS, 'content-type': 'application/xml; charset=utf-8' } });

type Frame = NonNullable<Awaited<ReturnType<typeof loadSiteFrame>>>;

/** The site's own pages (the API lists publications only): hubs, guides, catalogues, statistics, columns. */
export function fixedPaths(frame: Pick<Frame, 'organizations' | 'columns'>): string[] {
  return [
    '/',
    '/gk',
    '/ndbg',
    ...frame.organizations.flatMap((org) => [
      `/gk/${org.slug}`,
      `/gk/${org.slug}/guide`,
      `/gk/${org.slug}/catalog`,
      `/gk/${org.slug}/gksj`,
    ]),
    ...frame.columns.map((column) => `/column/${column.slug}`),
  ];
}

type ReportList = Awaited<ReturnType<ReturnType<typeof api>['publicReports']['list']['query']>>;

/** Each organization's report list and every published report, dated by its publication. */
export function reportPaths(list: Pick<ReportList, 'organizations'>): { path: string; lastmod?: string }[] {
  return list.organizations
    .filter((org) => org.reports.length > 0)
    .flatMap((org) => [
      { path: `/gk/${org.slug}/ndbg` },
      ...org.reports.map((report) => ({
        path: `/gk/${org.slug}/ndbg/${report.year}`,
        lastmod: shanghaiDate(report.publishedAt),
      })),
    ]);
}

type Event = Pick<RequestEvent, 'getClientAddress' | 'request'>;

/** The fixed pages and the annual reports as sitemap entries (file `sitemap-0.xml` when the sitemap is split). */
export async function fixedEntries(event: Event) {
  const [frame, reports] = await Promise.all([
    loadSiteFrame(event),
    need(api(event.getClientAddress()).publicReports.list.query({})),
  ]);
  if (!frame) error(500, '服务暂时不可用');
  return [
    ...fixedPaths(frame).map((path) => ({ loc: `${siteUrl}${path}` })),
    ...reportPaths(reports).map(({ path, lastmod }) => ({ loc: `${siteUrl}${path}`, lastmod })),
  ];
}

/** One page of publication URLs from the API (50,000 per page). */
export async function publicationEntries(event: Event, page: number) {
  const result = await need(api(event.getClientAddress()).public.sitemap.query({ page }));
  return {
    pages: result.pages,
    entries: result.urls.map((u) => ({ loc: `${siteUrl}${u.path}`, lastmod: u.lastmod })),
  };
}
