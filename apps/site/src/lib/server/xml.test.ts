import { describe, expect, it } from 'vitest';
import { escapeXml, rss, sitemapIndex, urlset } from './xml.js';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">AT&T's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;AT&amp;T&apos;s&lt;/a&gt;');
  });

  it('drops characters XML cannot carry and keeps Chinese text', () => {
    expect(escapeXml('棉洋镇\u0000公告\u000B')).toBe('棉洋镇公告');
    expect(escapeXml('华府办发〔2015〕117号')).toBe('华府办发〔2015〕117号');
  });
});

describe('rss', () => {
  const feed = rss({
    title: '政务动态 - 棉洋镇',
    link: 'http://localhost:3000/column/zwdt',
    selfLink: 'http://localhost:3000/rss/zwdt.xml',
    description: '政务动态',
    items: [
      {
        title: '关于<调整>低保 & 救助标准的通知',
        link: 'http://localhost:3000/info/7',
        description: '摘要',
        publishedAt: '2015-03-02T01:00:00.000Z',
      },
    ],
  });

  it('is RSS 2.0 with escaped item text', () => {
    expect(feed).toContain('<rss version="2.0"');
    expect(feed).toContain('<title>关于&lt;调整&gt;低保 &amp; 救助标准的通知</title>');
    expect(feed).not.toContain('<调整>');
  });

  it('dates items in RFC 822 form', () => {
    expect(feed).toContain('<pubDate>Mon, 02 Mar 2015 01:00:00 GMT</pubDate>');
  });
});

describe('sitemaps', () => {
  it('lists urls with lastmod', () => {
    expect(urlset([{ loc: 'http://x/info/1?a=1&b=2', lastmod: '2015-01-01' }])).toContain(
      '<url><loc>http://x/info/1?a=1&amp;b=2</loc><lastmod>2015-01-01</lastmod></url>',
    );
  });

  it('indexes split files', () => {
    expect(sitemapIndex(['http://x/sitemap-1.xml', 'http://x/sitemap-2.xml'])).toContain(
      '<sitemap><loc>http://x/sitemap-2.xml</loc></sitemap>',
    );
  });
});
