import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactDocNumber, formatDocNumber, normalizeDocNumber, parseDocNumber } from './doc-number.js';

describe('normalizeDocNumber', () => {
  it.each([
    ['华府办发[2015]117号'],
    ['华府办发(2015)117号'],
    ['华府办发（2015）117号'],
    ['华府办发【2015】117号'],
    ['华府办发〔2015〕117号'],
    ['华府办发﹝2015﹞117号'],
    ['华府办发〔2015〕第117号'],
    ['华府办发〔2015〕0117号'],
    ['华府办发〔２０１５〕第０１１７号'],
    [' 华府办发 〔2015〕 117 号 '],
  ])('normalizes %s', (input) => {
    expect(normalizeDocNumber(input)).toBe('华府办发〔2015〕117号');
  });

  it('leaves text that is not a 文号 alone apart from whitespace and digit width', () => {
    expect(normalizeDocNumber('')).toBe('');
    expect(normalizeDocNumber('无 文号１')).toBe('无文号1');
  });

  const agency = fc.constantFrom('华府办发', '棉府', '国办函', '粤府令', '陆发改');
  const open = fc.constantFrom('[', '(', '（', '【', '〔', '［', '﹝');
  const close = fc.constantFrom(']', ')', '）', '】', '〕', '］', '﹞');
  const variant = fc.record({
    agency,
    year: fc.integer({ min: 1949, max: 2099 }),
    number: fc.integer({ min: 1, max: 9999 }),
    open,
    close,
    di: fc.boolean(),
    zeros: fc.integer({ min: 0, max: 3 }),
  });

  it('maps every bracket / 第 / leading-zero variant to the same normal form (property)', () => {
    fc.assert(
      fc.property(variant, (v) => {
        const typed = `${v.agency}${v.open}${v.year}${v.close}${v.di ? '第' : ''}${'0'.repeat(v.zeros)}${v.number}号`;
        const normal = formatDocNumber({ agency: v.agency, year: v.year, number: v.number });
        expect(normalizeDocNumber(typed)).toBe(normal);
        expect(parseDocNumber(typed)).toEqual({ agency: v.agency, year: v.year, number: v.number });
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const once = normalizeDocNumber(s);
        expect(normalizeDocNumber(once)).toBe(once);
      }),
    );
  });
});

describe('parseDocNumber', () => {
  it('parses a 文号 and gives its compact search token', () => {
    const d = parseDocNumber('华府办发[2015]117号');
    expect(d).toEqual({ agency: '华府办发', year: 2015, number: 117 });
    expect(compactDocNumber(d!)).toBe('华府办发2015117号');
  });

  it('returns null for anything else', () => {
    expect(parseDocNumber('')).toBeNull();
    expect(parseDocNumber('关于2015年工作的通知')).toBeNull();
    expect(parseDocNumber('〔2015〕117号')).toBeNull();
  });
});
