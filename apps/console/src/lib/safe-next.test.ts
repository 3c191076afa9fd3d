import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps paths on this console', () => {
    expect(safeNext('/publications?status=draft')).toBe('/publications?status=draft');
  });

  it('refuses other origins, the login page and nothing', () => {
    for (const bad of [
      null,
      undefined,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/login?next=/',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});
