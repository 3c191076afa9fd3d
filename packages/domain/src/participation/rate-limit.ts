/**
 * A fixed-window rate limit per address: pure, the caller stores the state (memory, database) by
 * address and form. A window starts with the first request after the previous one ended; refused
 * requests are not counted, so a client that waits `retryAfterSeconds` gets through.
 */
export interface RateLimitState {
  /** Epoch milliseconds at which the current window started. */
  windowStart: number;
  count: number;
}

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** Per address: forms with the proof-of-work, and the stricter limit for the no-JavaScript fallback. */
export const RATE_LIMITS = {
  form: { limit: 10, windowSeconds: 10 * 60 },
  fallbackForm: { limit: 3, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export interface RateLimitDecision {
  allowed: boolean;
  state: RateLimitState;
  /** 0 when allowed. */
  retryAfterSeconds: number;
}

export function rateLimit(state: RateLimitState | null, now: Date | string, rule: RateLimitRule): RateLimitDecision {
  const t = new Date(now).getTime();
  const windowMs = rule.windowSeconds * 1000;
  const current =
    state && t >= state.windowStart && t < state.windowStart + windowMs ? state : { windowStart: t, count: 0 };
  if (current.count < rule.limit) {
    return {
      allowed: true,
      state: { windowStart: current.windowStart, count: current.count + 1 },
      retryAfterSeconds: 0,
    };
  }
  return { allowed: false, state: current, retryAfterSeconds: Math.ceil((current.windowStart + windowMs - t) / 1000) };
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1 ? '提交过于频繁，请1分钟后再试' : `提交过于频繁，请${minutes}分钟后再试`;
}
