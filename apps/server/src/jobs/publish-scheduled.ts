import { publishDueScheduled, type ApiDeps } from '@gongkai/api';
import type { Logger } from '../log.js';
import { intervalJob, type IntervalJob } from './interval-job.js';

/** Decisions: scheduled items publish within a minute of their time; 15 s leaves ample margin. */
export const PUBLISH_INTERVAL_MS = 15_000;

/**
 * Publishes scheduled items that are due. Several server processes may run this at once: the API
 * publishes each item with a conditional update, so exactly one of them wins it.
 */
export function publishScheduledJob(deps: ApiDeps, log: Logger, intervalMs = PUBLISH_INTERVAL_MS): IntervalJob {
  return intervalJob({
    name: 'publish-scheduled',
    intervalMs,
    log,
    run: async () => {
      const count = await publishDueScheduled(deps);
      if (count > 0) log.info(`published ${count} scheduled item(s)`);
    },
  });
}
