import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.js';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('highlight', () => {
  it('marks every occurrence of every term in a short text, adjacent hits merged', () => {
    expect(highlight('棉洋镇2015年政府信息公开年度报告', ['年度', '公开', '报告'])).toEqual([
      { text: '棉洋镇2015年政府信息', hit: false },
      { text: '公开年度报告', hit: true },
    ]);
  });

  it('is case-insensitive for ASCII and prefers the longest term', () => {
    expect(highlight('GDP and gd', ['gd', 'gdp'])).toEqual([
      { text: 'GDP', hit: true },
      { text: ' and ', hit: false },
      { text: 'gd', hit: true },
    ]);
  });

  it('cuts a long text to a window around the first hit, with ellipses', () => {
    const text = `${'前'.repeat(200)}关键词${'后'.repeat(200)}`;
    const segments = highlight(text, ['关键词'], 40);
    expect(segments[0]).toEqual({ text: `…${'前'.repeat(10)}`, hit: false });
    expect(segments[segments.length - 1]).toEqual({ text: `${'后'.repeat(27)}…`, hit: false });
    expect(segments.filter((s) => s.hit)).toEqual([{ text: '关键词', hit: true }]);
    expect(join(segments)).toHaveLength(42);
  });

  it('starts at the beginning when there is no hit, and never outputs HTML', () => {
    const segments = highlight(`<b>x</b>\n\n${'字'.repeat(300)}`, ['无'], 20);
    expect(segments).toEqual([{ text: `<b>x</b> ${'字'.repeat(11)}…`, hit: false }]);
  });

  it('keeps characters outside the BMP whole at the window edges', () => {
    const text = `${'𠀀'.repeat(100)}词${'𠀀'.repeat(100)}`;
    const body = join(highlight(text, ['词'], 21)).replace(/…/g, '');
    expect(body).toBe(body.normalize());
    expect([...body].every((c) => c === '𠀀' || c === '词')).toBe(true);
  });
});
