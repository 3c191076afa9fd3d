/**
 * The server's one clock. Everything that needs "now" (sessions, scheduling, deadlines) gets it
 * from here, so a test-mode run can move time without waiting. The offset keeps time flowing
 * after a jump: timestamps stay ordered and idle timeouts still elapse.
 */
export interface Clock {
  now(): Date;
}

export interface SettableClock extends Clock {
  /** From now on the clock reads `at`, then advances in real time. */
  set(at: Date): void;
  advance(ms: number): void;
  /** Back to real time. */
  reset(): void;
}

export function createClock(realNow: () => number = Date.now): SettableClock {
  let offset = 0;
  return {
    now: () => new Date(realNow() + offset),
    set(at) {
      offset = at.getTime() - realNow();
    },
    advance(ms) {
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}
