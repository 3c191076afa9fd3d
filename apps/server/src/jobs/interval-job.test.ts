import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log.js';
import { intervalJob } from './interval-job.js';

afterEach(() => {
  vi.useRealTimers();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('intervalJob', () => {
  it('never overlaps itself: ticks during a slow run are skipped', async () => {
    vi.useFakeTimers();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const gates: ReturnType<typeof deferred>[] = [];
    const job = intervalJob({
      name: 't',
      intervalMs: 1000,
      log: silentLogger,
      run: async () => {
        runs += 1;
        active += 1;
        maxActive = Math.max(maxActive, active);
        const gate = deferred();
        gates.push(gate);
        await gate.promise;
        active -= 1;
      },
    });
    job.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(5000); // the first run is still going
    expect(runs).toBe(1);
    gates[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    gates[1]!.resolve();
    const stopped = job.stop();
    await vi.advanceTimersByTimeAsync(5000);
    await stopped;
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('runNow during a run waits for it and runs once more; concurrent callers share that run', async () => {
    let runs = 0;
    const gate = deferred();
    const job = intervalJob({
      name: 't',
      intervalMs: 60_000,
      log: silentLogger,
      run: async () => {
        runs += 1;
        if (runs === 1) await gate.promise;
      },
    });
    const first = job.runNow();
    const a = job.runNow();
    const b = job.runNow();
    expect(runs).toBe(1);
    gate.resolve();
    await Promise.all([first, a, b]);
    expect(runs).toBe(2);
    await job.stop();
  });

  it('logs a failed run and keeps going', async () => {
    const errors: string[] = [];
    let runs = 0;
    const job = intervalJob({
      name: 'flaky',
      intervalMs: 60_000,
      log: { ...silentLogger, error: (m) => errors.push(m) },
      run: async () => {
        runs += 1;
        if (runs === 1) throw new Error('boom');
      },
    });
    await job.runNow();
    await job.runNow();
    expect(runs).toBe(2);
    expect(errors).toEqual(['job flaky failed']);
  });

  it('stop waits for the run in progress', async () => {
    const gate = deferred();
    let finished = false;
    const job = intervalJob({
      name: 't',
      intervalMs: 60_000,
      log: silentLogger,
      run: async () => {
        await gate.promise;
        finished = true;
      },
    });
    void job.runNow();
    const stopped = job.stop().then(() => finished);
    gate.resolve();
    expect(await stopped).toBe(true);
  });
});
