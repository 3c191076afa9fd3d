import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, lockedUntil, LOCKOUT } from './passwords.js';

describe('checkPasswordStrength', () => {
  it('accepts 10+ characters with letters and digits', () => {
    expect(checkPasswordStrength('mianyang2015')).toBeNull();
  });

  it.each([
    ['short1a', '密码至少需要10个字符'],
    ['abcdefghijkl', '密码须同时包含字母和数字'],
    ['123456789012', '密码须同时包含字母和数字'],
    ['a1'.repeat(65), '密码不能超过128个字符'],
  ])('refuses %j', (pw, message) => {
    expect(checkPasswordStrength(pw)).toBe(message);
  });
});

describe('lockedUntil', () => {
  const last = '2024-01-01T00:00:00.000Z';
  it('locks after the maximum number of failures for the lock period', () => {
    expect(lockedUntil(LOCKOUT.maxFailures - 1, last, '2024-01-01T00:01:00Z')).toBeNull();
    expect(lockedUntil(LOCKOUT.maxFailures, last, '2024-01-01T00:01:00Z')).toBe('2024-01-01T00:15:00.000Z');
    expect(lockedUntil(LOCKOUT.maxFailures, last, '2024-01-01T00:15:00Z')).toBeNull();
  });
});
