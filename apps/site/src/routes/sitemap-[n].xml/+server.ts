import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { urlset } from '$lib/server/xml.js';
import { fixedEntries, publicationEntries, xmlResponse } from '$lib/server/sitemap.js';

/** A file of the split sitemap: 0 holds the site's own pages, 1… the publications. */
export const GET: RequestHandler = async (event) => {
  if (!/^\d{1,6}$/.test(event.params.n)) error(404, '页面不存在');
  const n = Number(event.params.n);
  if (n === 0) return xmlResponse(urlset(await fixedEntries(event)));
  const { pages, entries } = await publicationEntries(event, n);
  if (n > pages) error(404, '页面不存在');
  return xmlResponse(urlset(entries));
};
