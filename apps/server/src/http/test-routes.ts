import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readJson } from './body.js';
import { sendError, sendJson } from './respond.js';

/** What the end-to-end suite may do to a test-mode server; absent in every other mode. */
export interface TestHooks {
  /** Drops all data and seeds the demo again; the clock goes back to real time. */
  reset(): Promise<void>;
  now(): Date;
  setClock(change: ClockChange): void;
  /** Runs the scheduled jobs now (also done after every clock change). */
  runJobs(): Promise<void>;
}

const clockChangeSchema = z.union([
  z.object({ now: z.iso.datetime({ offset: true }) }),
  z.object({ advanceMs: z.number().int() }),
  z.object({ now: z.null() }),
]);
export type ClockChange = z.infer<typeof clockChangeSchema>;

/**
 * `POST /__test/reset`, `GET|POST /__test/clock` (`{ now: ISO }`, `{ advanceMs }` or
 * `{ now: null }` for real time), `POST /__test/run-jobs`.
 */
export async function handleTestRoute(
  hooks: TestHooks,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const route = `${req.method} ${path}`;
  switch (route) {
    case 'POST /__test/reset':
      await hooks.reset();
      return sendJson(res, 200, { ok: true, now: hooks.now().toISOString() });
    case 'GET /__test/clock':
      return sendJson(res, 200, { now: hooks.now().toISOString() });
    case 'POST /__test/clock': {
      const parsed = clockChangeSchema.safeParse(await readJson(req, 64 * 1024));
      if (!parsed.success)
        return sendError(res, 400, '请求格式错误：需要 { now: ISO 时间 }、{ advanceMs } 或 { now: null }');
      hooks.setClock(parsed.data);
      // Items that became due at the new time publish before the answer, so tests need not wait.
      await hooks.runJobs();
      return sendJson(res, 200, { now: hooks.now().toISOString() });
    }
    case 'POST /__test/run-jobs':
      await hooks.runJobs();
      return sendJson(res, 200, { ok: true });
    default:
      return sendError(res, 404, '未找到');
  }
}
