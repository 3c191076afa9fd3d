import type { RequestHandler } from './$types';
import { siteUrl } from '$lib/server/env.js';
import { fixedEntries, publicationEntries, SITEMAP_MAX_URLS, xmlResponse } from '$lib/server/sitemap.js';
import { sitemapIndex, urlset } from '$lib/server/xml.js';

/**
 * One sitemap while everything fits in one file; beyond 50,000 URLs an index of
 * `sitemap-0.xml` (the site's own pages) and `sitemap-1.xml` … (publications, as the API pages them).
 */
export const GET: RequestHandler = async (event) => {
  const [fixed, first] = await Promise.all([fixedEntries(event), publicationEntries(event, 1)]);
  if (first.pages <= 1 && fixed.length + first.entries.length <= SITEMAP_MAX_URLS) {
    return xmlResponse(urlset([...fixed, ...first.entries]));
  }
  const files = Array.from({ length: first.pages + 1 }, (_, n) => `${siteUrl}/sitemap-${n}.xml`);
  return xmlResponse(sitemapIndex(files));
};
