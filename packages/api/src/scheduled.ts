import { publicationsRepo } from '@gongkai/db';
import { SCHEDULER_ACTOR } from '@gongkai/domain';
import { SYSTEM_ACTOR } from './audit.js';
import type { ApiDeps } from './context.js';
import { decideOrThrow } from './publications/workflow.js';
import { publishNow } from './publications/publish.js';
import { inTx } from './tx.js';

/**
 * Publishes every scheduled item that is due. Safe to run from several server processes at once:
 * each item is switched by a conditional update inside its own transaction, so exactly one process
 * publishes it and the others skip it. Returns how many this call published.
 */
export async function publishDueScheduled(deps: ApiDeps): Promise<number> {
  const now = deps.clock();
  const due = await publicationsRepo.dueScheduledIds(deps.db.db, now.toISOString());
  let published = 0;
  for (const id of due) {
    const done = await inTx(deps, async (trx) => {
      const pub = await publicationsRepo.findById(trx, id);
      if (!pub || pub.status !== 'scheduled') return false;
      decideOrThrow('publish', pub, SCHEDULER_ACTOR);
      return (await publishNow(deps, trx, pub, SYSTEM_ACTOR, now)) !== null;
    });
    if (done) published++;
  }
  return published;
}
