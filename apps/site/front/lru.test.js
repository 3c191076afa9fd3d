// @ts-check
import { describe, expect, it } from 'vitest';
import { BoundedLru } from './lru.js';

describe('BoundedLru', () => {
  it('evicts the least recently used entry beyond the entry limit', () => {
    const lru = new BoundedLru({ maxEntries: 2, maxBytes: 1000 });
    lru.set('a', 1, 10);
    lru.set('b', 2, 10);
    lru.get('a');
    lru.set('c', 3, 10);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('evicts by total bytes and tracks them', () => {
    const lru = new BoundedLru({ maxEntries: 100, maxBytes: 100 });
    lru.set('a', 'x', 60);
    lru.set('b', 'y', 30);
    expect(lru.bytes).toBe(90);
    lru.set('c', 'z', 30);
    expect(lru.get('a')).toBeUndefined();
    expect(lru.bytes).toBe(60);
  });

  it('replaces an entry without double counting, refuses oversized values, clears', () => {
    const lru = new BoundedLru({ maxEntries: 10, maxBytes: 100 });
    lru.set('a', 1, 40);
    lru.set('a', 2, 50);
    expect(lru.bytes).toBe(50);
    lru.set('huge', 3, 101);
    expect(lru.get('huge')).toBeUndefined();
    lru.clear();
    expect(lru.size).toBe(0);
    expect(lru.bytes).toBe(0);
  });
});
