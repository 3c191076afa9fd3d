import { describe, expect, it } from 'vitest';
import { htmlToText, normalizeText, queryTerms, searchTokens, type Segmenter } from './text.js';

/**
 * A tiny stand-in for jieba: greedy longest match against a word list, runs of ASCII letters and
 * digits kept together, anything else one character at a time. `cutForSearch` also yields the
 * dictionary words inside longer words, as jieba's search mode does.
 */
function fakeSegmenter(dictionary: string[]): Segmenter {
  const byLength = [...dictionary].sort((a, b) => b.length - a.length);
  const cut = (text: string): string[] => {
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      const ascii = /^[a-z0-9]+/i.exec(text.slice(i));
      const word = ascii?.[0] ?? byLength.find((w) => text.startsWith(w, i)) ?? text[i]!;
      out.push(word);
      i += word.length;
    }
    return out;
  };
  const cutForSearch = (text: string) =>
    cut(text).flatMap((w) => [...byLength.filter((d) => d !== w && d.length < w.length && w.includes(d)), w]);
  return { cut, cutForSearch };
}

const segmenter = fakeSegmenter(['棉洋镇', '棉洋', '年度', '报告', '公开', '信息公开', '政府', '华府', '办发']);

describe('normalizeText', () => {
  it('folds width and ASCII case, collapses whitespace, keeps 〔〕', () => {
    expect(normalizeText('  ＧＯＶ   Report\n２０１５\t年 ')).toBe('gov report 2015 年');
    expect(normalizeText('华府办发〔2015〕117号')).toBe('华府办发〔2015〕117号');
    expect(normalizeText('棉\u200b洋镇\ufeff')).toBe('棉洋镇');
  });

  it('writes a bracketed year the same way whichever brackets were typed', () => {
    for (const s of ['[2015]', '(2015)', '（2015）', '【2015】', '〔2015〕', '﹝2015﹞']) {
      expect(normalizeText(`华府办发${s}117号`)).toBe('华府办发〔2015〕117号');
    }
  });
});

describe('htmlToText', () => {
  it('turns blocks into lines, drops tags, scripts and comments, decodes entities', () => {
    const html =
      '<h1>关于&ldquo;低保&rdquo;的公示</h1><p>第一段&nbsp;文字<br>第二行</p><!-- x --><script>alert(1)</script>' +
      '<table><tr><td>张三</td><td>A&amp;B &#x4e00;&#20108;</td></tr></table><p><strong>加粗</strong> &lt;b&gt;</p>';
    expect(htmlToText(html)).toBe('关于“低保”的公示\n第一段 文字\n第二行\n张三 A&B 一二\n加粗 <b>');
  });

  it('leaves unknown entities as they are', () => {
    expect(htmlToText('a &unknown; b &#0; c')).toBe('a &unknown; b &#0; c');
  });
});

describe('searchTokens', () => {
  it('weights the title, segments all fields and adds the 文号 tokens', () => {
    const tokens = searchTokens(segmenter, {
      title: '棉洋镇年度报告',
      summary: '信息公开。',
      body: 'GOV 2015',
      docNumber: '华府办发[2015]第117号',
    }).split(' ');
    const titleTokens = ['棉洋', '棉洋镇', '年度', '报告'];
    expect(tokens.slice(0, 12)).toEqual([...titleTokens, ...titleTokens, ...titleTokens]);
    expect(tokens).toContain('公开');
    expect(tokens).toContain('信息公开');
    expect(tokens).toContain('gov');
    expect(tokens).not.toContain('。');
    expect(tokens.slice(-6)).toEqual(['华府办发', '华府', '办发', '2015', '117', '华府办发2015117号']);
    expect(tokens.join(' ')).not.toMatch(/[〔〕[\]]/);
  });

  it('copes with missing fields and a 文号 that does not parse', () => {
    expect(searchTokens(segmenter, { title: '公开', docNumber: '无' })).toBe('公开 公开 公开 无');
  });
});

describe('queryTerms', () => {
  it('segments the normalized query, drops punctuation and duplicates', () => {
    expect(queryTerms(segmenter, ' 棉洋镇，年度报告 年度 ')).toEqual(['棉洋镇', '年度', '报告']);
  });

  it('reads a query that is a 文号, in any bracket variant, as the compact token', () => {
    expect(queryTerms(segmenter, '华府办发【2015】117号')).toEqual(['华府办发2015117号']);
    expect(queryTerms(segmenter, '华府办发(2015)第117号')).toEqual(['华府办发2015117号']);
  });

  it('matches what searchTokens indexed for the same 文号', () => {
    const indexed = searchTokens(segmenter, { title: '通知', docNumber: '华府办发〔2015〕117号' }).split(' ');
    for (const term of queryTerms(segmenter, '华府办发[2015]117号')) expect(indexed).toContain(term);
  });
});
