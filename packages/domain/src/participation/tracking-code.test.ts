import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { formatTrackingCode, parseTrackingCode, TRACKING_ALPHABET } from './tracking-code.js';

const prefix = fc.constantFrom('ZX', 'JY', 'TS', 'JB', 'JC', 'YJ');
const date = fc.integer({ min: 0, max: 20000 }).map((n) => addDays('2000-01-01', n));
const random = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 4, maxLength: 4 });

describe('tracking codes', () => {
  it('looks like ZX-20261127-4K7Q-M and has no ambiguous characters', () => {
    const code = formatTrackingCode('ZX', '2026-11-27', [2, 17, 5, 22]);
    expect(code).toMatch(/^ZX-20261127-4K7Q-[2-9A-HJ-NP-Z]$/);
    expect(TRACKING_ALPHABET).toHaveLength(32);
    expect(TRACKING_ALPHABET).not.toMatch(/[IO01]/);
    expect(parseTrackingCode(code)).toEqual({ ok: true, code, prefix: 'ZX', date: '2026-11-27' });
    expect(parseTrackingCode(` ${code.toLowerCase().replace('zx', 'ｚｘ')} `)).toMatchObject({ ok: true, code });
  });

  it('rejects bad input', () => {
    expect(() => formatTrackingCode('IO', '2026-11-27', [1, 2, 3, 4])).toThrow(RangeError);
    expect(() => formatTrackingCode('ZX', '2026-11-27', [1, 2, 3])).toThrow(RangeError);
    expect(() => formatTrackingCode('ZX', '2026-11-27', [1, 2, 3, 32])).toThrow(RangeError);
    expect(parseTrackingCode('ZX-20261327-4K7Q-M')).toMatchObject({ ok: false });
    expect(parseTrackingCode('hello')).toEqual({ ok: false, message: '查询码格式不正确，应类似 ZX-20261127-4K7Q-M' });
  });

  it('round-trips (property)', () => {
    fc.assert(
      fc.property(prefix, date, random, (p, d, r) => {
        const code = formatTrackingCode(p, d, r);
        expect(parseTrackingCode(code)).toEqual({ ok: true, code, prefix: p, date: d });
      }),
    );
  });

  it('catches every single changed character (property)', () => {
    fc.assert(
      fc.property(prefix, date, random, fc.nat(), fc.nat(), (p, d, r, at, by) => {
        const code = formatTrackingCode(p, d, r);
        const positions = [...code].map((c, i) => (c === '-' ? -1 : i)).filter((i) => i >= 0);
        const i = positions[at % positions.length]!;
        const original = code.charAt(i);
        const pool = /\d/.test(original) && i > p.length && i < p.length + 10 ? '0123456789' : TRACKING_ALPHABET;
        const others = [...pool].filter((c) => c !== original);
        const typo = code.slice(0, i) + others[by % others.length]! + code.slice(i + 1);
        expect(parseTrackingCode(typo).ok).toBe(false);
      }),
    );
  });
});
