import { describe, expect, it } from 'vitest';
import { splitSections, topLevelBlocks } from './sections.js';

describe('splitSections', () => {
  it('cuts before headings and numbered articles, keeping the opening as 前言', () => {
    const html =
      '<p>为规范管理，制定本办法。</p><h2>第一章 总则</h2><p>第一条 为了……</p><ul><li><p>第二条 不切</p></li></ul>' +
      '<p>正文</p><p>二、其他事项</p>';
    const sections = splitSections(html);
    expect(sections.map((s) => [s.no, s.title])).toEqual([
      [0, '前言'],
      [1, '第一章 总则'],
      [2, '第一条 为了……'],
      [3, '二、其他事项'],
    ]);
    expect(sections.map((s) => s.html).join('')).toBe(html);
    expect(sections[2]!.html).toContain('第二条 不切');
  });

  it('has no sections when nothing is numbered, and keeps stray text with its block', () => {
    expect(splitSections('<p>只有一段。</p><p>又一段。</p>')).toEqual([]);
    expect(topLevelBlocks('<p>a<br>b</p>tail<p>c</p>')).toEqual(['<p>a<br>b</p>', 'tail', '<p>c</p>']);
  });
});
