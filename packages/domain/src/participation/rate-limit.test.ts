import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateLimit, rateLimitMessage, RATE_LIMITS, type RateLimitState } from './rate-limit.js';

const t0 = Date.parse('2026-11-27T02:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000);

describe('rateLimit', () => {
  it('allows up to the limit per window, then says when to retry', () => {
    const rule = RATE_LIMITS.fallbackForm;
    let state: RateLimitState | null = null;
    for (let i = 0; i < 3; i++) {
      const d = rateLimit(state, at(i), rule);
      expect(d.allowed).toBe(true);
      state = d.state;
    }
    const refused = rateLimit(state, at(100), rule);
    expect(refused).toEqual({ allowed: false, state, retryAfterSeconds: 500 });
    expect(rateLimitMessage(refused.retryAfterSeconds)).toBe('提交过于频繁，请9分钟后再试');
    expect(rateLimit(state, at(600), rule).allowed).toBe(true);
    expect(RATE_LIMITS.fallbackForm.limit).toBeLessThan(RATE_LIMITS.form.limit);
  });

  it('never allows more than the limit per window, and a wait of retryAfter always helps (property)', () => {
    const rule = fc.record({ limit: fc.integer({ min: 1, max: 5 }), windowSeconds: fc.integer({ min: 1, max: 100 }) });
    const gaps = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 });
    fc.assert(
      fc.property(rule, gaps, (r, steps) => {
        let state: RateLimitState | null = null;
        let now = 0;
        const allowedAt: number[] = [];
        const perWindow = new Map<number, number>();
        for (const gap of steps) {
          now += gap;
          const d = rateLimit(state, at(now), r);
          if (d.allowed) {
            allowedAt.push(now);
            perWindow.set(d.state.windowStart, (perWindow.get(d.state.windowStart) ?? 0) + 1);
          } else {
            expect(d.retryAfterSeconds).toBeGreaterThan(0);
            expect(rateLimit(d.state, at(now + d.retryAfterSeconds), r).allowed).toBe(true);
          }
          state = d.state;
        }
        for (const count of perWindow.values()) expect(count).toBeLessThanOrEqual(r.limit);
        // A fixed window: any span of windowSeconds overlaps at most two windows.
        for (const start of allowedAt) {
          const inSpan = allowedAt.filter((x) => x >= start && x < start + r.windowSeconds).length;
          expect(inSpan).toBeLessThanOrEqual(2 * r.limit);
        }
      }),
    );
  });
});
