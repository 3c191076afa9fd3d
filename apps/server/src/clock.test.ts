import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';

describe('createClock', () => {
  it('follows real time until set, then keeps flowing from the set instant', () => {
    let real = Date.parse('2026-01-01T00:00:00Z');
    const clock = createClock(() => real);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.set(new Date('2030-05-01T08:00:00Z'));
    real += 5_000;
    expect(clock.now().toISOString()).toBe('2030-05-01T08:00:05.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2030-05-01T08:01:05.000Z');
    clock.reset();
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:05.000Z');
  });
});
