import { error, type RequestEvent } from '@sveltejs/kit';
import { api, need } from './api.js';
import { siteUrl } from './env.js';
import { loadSiteFrame } from './site.js';
import { XML_HEADERS } from './xml.js';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

export const xmlResponse = (body: string) =>
  new Response(body, { headers: { ...XML_HEADERS, 'content-type': 'application/xml; charset=utf-8' } });

type Frame = NonNullable<Awaited<ReturnType<typeof loadSiteFrame>>>;

/** The site's own pages (the API lists publications only): hubs, guides, catalogues, columns. */
export function fixedPaths(frame: Pick<Frame, 'organizations' | 'columns'>): string[] {
  return [
    '/',
    '/gk',
    ...frame.organizations.flatMap((org) => [`/gk/${org.slug}`, `/gk/${org.slug}/guide`, `/gk/${org.slug}/catalog`]),
    ...frame.columns.map((column) => `/column/${column.slug}`),
  ];
}

type Event = Pick<RequestEvent, 'getClientAddress' | 'request'>;

/** The fixed pages as sitemap entries (file `sitemap-0.xml` when the sitemap is split). */
export async function fixedEntries(event: Event) {
  const frame = await loadSiteFrame(event);
  if (!frame) error(500, '服务暂时不可用');
  return fixedPaths(frame).map((path) => ({ loc: `${siteUrl}${path}` }));
}

/** One page of publication URLs from the API (50,000 per page). */
export async function publicationEntries(event: Event, page: number) {
  const result = await need(api(event.getClientAddress()).public.sitemap.query({ page }));
  return {
    pages: result.pages,
    entries: result.urls.map((u) => ({ loc: `${siteUrl}${u.path}`, lastmod: u.lastmod })),
  };
}
