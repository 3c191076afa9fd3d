import type { Logger } from '../log.js';

export interface IntervalJob {
  /** Starts the timer (unref'd: it never keeps the process alive by itself). */
  start(): void;
  /**
   * Runs now and resolves when a run that started after this call has finished. A call during a
   * run waits for it and then runs once more, since the running one may have read stale state;
   * calls made meanwhile share that one extra run.
   */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export interface IntervalJobOptions {
  name: string;
  intervalMs: number;
  run(): Promise<void>;
  log: Logger;
}

/** A periodic task that never overlaps itself within one process; errors are logged, not thrown. */
export function intervalJob({ name, intervalMs, run, log }: IntervalJobOptions): IntervalJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let stopped = false;

  const once = (): Promise<void> => {
    const started = Date.now();
    running = run()
      .then(
        () => {
          const ms = Date.now() - started;
          if (ms > intervalMs) log.warn(`job ${name} took ${ms} ms, longer than its ${intervalMs} ms interval`);
        },
        (error: unknown) => log.error(`job ${name} failed`, error),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const runNow = (): Promise<void> => {
    if (!running) return once();
    next ??= running.then(() => {
      next = undefined;
      return stopped ? undefined : once();
    });
    return next;
  };

  return {
    start() {
      stopped = false;
      timer ??= setInterval(() => {
        // A tick during a slow run is skipped rather than queued: the next tick catches up.
        if (!running) void once();
      }, intervalMs).unref();
    },
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await next;
      await running;
    },
  };
}
