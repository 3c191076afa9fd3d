import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIndexPattern, DEFAULT_INDEX_PATTERN, formatIndexNumber } from './index-number.js';

describe('index numbers', () => {
  it('formats the default pattern with a 5-digit sequence', () => {
    expect(formatIndexNumber(DEFAULT_INDEX_PATTERN, { code: '000014349', year: 2017, seq: 110 })).toBe(
      '000014349/2017-00110',
    );
    expect(formatIndexNumber(DEFAULT_INDEX_PATTERN, { code: '11441700007280420Y', year: 2021, seq: 50 })).toBe(
      '11441700007280420Y/2021-00050',
    );
  });

  it('gives distinct numbers for distinct sequences, also past 99999 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(DEFAULT_INDEX_PATTERN, '{year}-{code}-{seq}', 'MY{code}{year}{seq}'),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (pattern, a, b) => {
          fc.pre(a !== b);
          const parts = { code: '000014349', year: 2017 };
          expect(formatIndexNumber(pattern, { ...parts, seq: a })).not.toBe(
            formatIndexNumber(pattern, { ...parts, seq: b }),
          );
        },
      ),
    );
  });

  it('accepts patterns with each placeholder once', () => {
    expect(checkIndexPattern(DEFAULT_INDEX_PATTERN)).toEqual({ ok: true });
    expect(checkIndexPattern('{year}/{code}-{seq}')).toEqual({ ok: true });
  });

  it.each([
    ['', '索引号格式不能为空'],
    ['{code}/{seq}', '索引号格式须包含且只包含一个{year}'],
    ['{code}/{year}-{seq}-{seq}', '索引号格式须包含且只包含一个{seq}'],
    ['{code}/{year}-{n}', '索引号格式含未知占位符：{n}'],
    ['{code} {year} {seq}', '索引号格式不能包含空格'],
  ])('refuses %j', (pattern, message) => {
    expect(checkIndexPattern(pattern)).toEqual({ ok: false, message });
  });
});
