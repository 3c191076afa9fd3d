import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, isNearDuplicate, similarity } from './duplicates.js';

const text = '建议在镇中心小学门口增设人行横道和减速带，保障学生上下学安全。目前车辆较多，存在安全隐患，希望尽快解决。';

describe('duplicates', () => {
  it('fingerprints ignore punctuation, spacing, width and case', () => {
    expect(fingerprint('Hello，世界！ 2026')).toBe(fingerprint('ｈｅｌｌｏ 世界 ２０２６'));
    expect(fingerprint('你好世界')).not.toBe(fingerprint('你好世界！再见'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds lightly edited copies', () => {
    expect(isNearDuplicate(text, text.replace('尽快', '尽快地'))).toBe(true);
    expect(isNearDuplicate(text, '关于村道路灯损坏的问题，请相关部门派人维修。')).toBe(false);
    expect(similarity('', '')).toBe(1);
    expect(similarity('a', 'b')).toBe(0);
  });

  it('similarity is symmetric, in [0, 1], and 1 for the same core (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
        expect(similarity(a, a)).toBe(1);
        if (fingerprint(a) === fingerprint(b)) expect(s).toBe(1);
      }),
    );
  });

  it('punctuation and spaces inserted anywhere keep the fingerprint (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '，', '。', '!', '\n', '、')), fc.nat(), (marks, at) => {
        const i = at % (text.length + 1);
        expect(fingerprint(text.slice(0, i) + marks.join('') + text.slice(i))).toBe(fingerprint(text));
      }),
    );
  });
});
