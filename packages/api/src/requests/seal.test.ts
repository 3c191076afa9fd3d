import { describe, expect, it } from 'vitest';
import { keyedHash, sameKeyedHash, seal, unseal } from './seal.js';

const KEY = 'k'.repeat(40);

describe('seal', () => {
  it('round-trips and never shows the plain text', () => {
    const sealed = seal(KEY, { idNumber: '11010519491231002X', phone: '13800138000' });
    expect(sealed).not.toContain('11010519491231002X');
    expect(unseal(KEY, sealed)).toEqual({ idNumber: '11010519491231002X', phone: '13800138000' });
  });

  it('refuses another key and a tampered value', () => {
    const sealed = seal(KEY, { a: 1 });
    expect(() => unseal('x'.repeat(40), sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('{"a":2}').toString('base64url');
    expect(() => unseal(KEY, parts.join('.'))).toThrow();
  });

  it('hashes identifiers the same however they are typed', () => {
    const h = keyedHash(KEY, 'applicant', '11010519491231002x');
    expect(keyedHash(KEY, 'applicant', ' 11010519491231002X ')).toBe(h);
    expect(keyedHash(KEY, 'access_code', '11010519491231002X')).not.toBe(h);
    expect(sameKeyedHash(KEY, 'applicant', '11010519491231002X', h)).toBe(true);
    expect(sameKeyedHash(KEY, 'applicant', '11010519491231003X', h)).toBe(false);
  });
});
