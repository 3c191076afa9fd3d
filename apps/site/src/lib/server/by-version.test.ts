import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION_HEADER } from '../../../front/content-version.js';
import { createVersionCache } from './by-version.js';

const at = (version?: string) => ({
  headers: new Headers(version === undefined ? {} : { [CONTENT_VERSION_HEADER]: version }),
});

describe('createVersionCache', () => {
  it('loads once per key and version, and again when the version changes', async () => {
    const byVersion = createVersionCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await byVersion(at('1'), 'site', load)).toBe(1);
    expect(await byVersion(at('1'), 'site', load)).toBe(1);
    expect(await byVersion(at('1'), 'other', load)).toBe(2);
    expect(await byVersion(at('2'), 'site', load)).toBe(3);
    expect(await byVersion(at('2'), 'site', load)).toBe(3);
  });

  it('shares one call between concurrent misses', async () => {
    const byVersion = createVersionCache();
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([byVersion(at('1'), 'k', load), byVersion(at('1'), 'k', load)])).toEqual([1, 1]);
  });

  it('always loads without the front server header', async () => {
    const byVersion = createVersionCache();
    let loads = 0;
    const load = async () => ++loads;
    await byVersion(at(), 'site', load);
    expect(await byVersion(at(), 'site', load)).toBe(2);
  });

  it('does not keep failures', async () => {
    const byVersion = createVersionCache();
    await expect(byVersion(at('1'), 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await byVersion(at('1'), 'k', async () => 'up')).toBe('up');
  });

  it('keeps at most the given number of keys', async () => {
    const byVersion = createVersionCache(2);
    let loads = 0;
    const load = async () => ++loads;
    await byVersion(at('1'), 'a', load);
    await byVersion(at('1'), 'b', load);
    await byVersion(at('1'), 'c', load);
    expect(await byVersion(at('1'), 'a', load)).toBe(4);
  });
});
