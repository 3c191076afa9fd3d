import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api, need } from '$lib/server/api.js';
import { siteUrl } from '$lib/server/env.js';
import { withQuery } from '$lib/url.js';
import { rss, XML_HEADERS } from '$lib/server/xml.js';

/** RSS 2.0 of one column's latest items (`?org=` for one organization's). */
export const GET: RequestHandler = async (event) => {
  const column = event.params.column;
  if (!/^[a-z0-9-]{1,40}$/.test(column)) error(404, '页面不存在');
  const org = event.url.searchParams.get('org') || undefined;
  const feed = await need(api(event.getClientAddress()).public.feed.query({ column, org }));
  const body = rss({
    title: `${feed.column.name} - ${feed.org.name}`,
    link: `${siteUrl}${withQuery(`/column/${column}`, { org })}`,
    selfLink: `${siteUrl}${withQuery(`/rss/${column}.xml`, { org })}`,
    description: feed.column.description || `${feed.org.name}${feed.column.name}`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: `${siteUrl}/info/${item.id}`,
      description: item.summary,
      publishedAt: item.publishedAt,
    })),
  });
  return new Response(body, {
    headers: { ...XML_HEADERS, 'content-type': 'application/rss+xml; charset=utf-8' },
  });
};
