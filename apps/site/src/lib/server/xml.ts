/**
 * XML for feeds and sitemaps, built by hand: the formats are tiny, and escaping in one place is
 * easier to trust than a dependency.
 */
import { PUBLIC_CACHE_CONTROL } from './cache-control.js';

/** Characters XML 1.0 forbids outright (control characters other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** ISO-8601 instant */
  publishedAt: string | null;
}

export interface Feed {
  title: string;
  link: string;
  selfLink: string;
  description: string;
  items: FeedItem[];
}

/** An RSS 2.0 document; each item's link is also its permanent guid. */
export function rss(feed: Feed): string {
  const item = (i: FeedItem) =>
    [
      '<item>',
      `<title>${escapeXml(i.title)}</title>`,
      `<link>${escapeXml(i.link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
      i.publishedAt ? `<pubDate>${new Date(i.publishedAt).toUTCString()}</pubDate>` : '',
      `<description>${escapeXml(i.description)}</description>`,
      '</item>',
    ].join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<atom:link href="${escapeXml(feed.selfLink)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(feed.description)}</description>`,
    '<language>zh-CN</language>',
    ...feed.items.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** A sitemap `urlset` (at most 50,000 URLs; the caller splits). */
export function urlset(urls: { loc: string; lastmod?: string | null }[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

/** A sitemap index pointing at the split sitemap files. */
export function sitemapIndex(locs: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export const XML_HEADERS = {
  'cache-control': PUBLIC_CACHE_CONTROL,
};
