import type { RequestHandler } from './$types';
import { siteUrl } from '$lib/server/env.js';

// Search result pages are an endless space of URLs; documents are reachable through the sitemap.
export const GET: RequestHandler = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: ${siteUrl}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
