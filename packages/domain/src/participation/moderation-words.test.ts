import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWords, needsModeration, parseWordList } from './moderation-words.js';

describe('moderation words', () => {
  const words = ['代开发票', 'VPN', '赌博'];

  it('finds listed words across width, case and spacing', () => {
    expect(matchWords('本公司可代开发票，联系', words)).toEqual(['代开发票']);
    expect(matchWords('便宜ｖｐｎ，还有网上 赌 博', words)).toEqual(['VPN', '赌博']);
    expect(matchWords('关于道路维修的建议', words)).toEqual([]);
    expect(matchWords('anything', ['', '  '])).toEqual([]);
  });

  it('decides on any of the fields', () => {
    expect(needsModeration(['标题', '内容含赌博'], words)).toBe(true);
    expect(needsModeration('正常的意见', words)).toBe(false);
    expect(needsModeration('任何内容', [])).toBe(false);
  });

  it('parses the list as entered', () => {
    expect(parseWordList('赌博\n代开发票，VPN、赌博\n\n')).toEqual(['赌博', '代开发票', 'VPN']);
  });

  it('a listed word inside any text is found (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (a, w, b) => {
        fc.pre(w.trim() !== '');
        expect(matchWords(a + w + b, [w])).toEqual([w]);
      }),
    );
  });
});
