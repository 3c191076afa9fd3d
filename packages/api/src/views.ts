import { viewsRepo } from '@gongkai/db';
import { shanghaiDate } from '@gongkai/domain';
import type { ApiDeps } from './context.js';
import { inTx } from './tx.js';

/**
 * Adds buffered page views (from the site's front server) to the per-day counts and the running
 * totals in one transaction. Unknown or unpublished ids and non-positive counts are ignored.
 */
export async function recordViews(deps: ApiDeps, views: readonly { id: number; n: number }[]): Promise<number> {
  const totals = new Map<number, number>();
  for (const { id, n } of views) {
    if (Number.isSafeInteger(id) && id > 0 && Number.isSafeInteger(n) && n > 0)
      totals.set(id, (totals.get(id) ?? 0) + n);
  }
  if (totals.size === 0) return 0;
  const day = shanghaiDate(deps.clock());
  return inTx(deps, async (trx) => {
    const known = await viewsRepo.existingPublished(trx, [...totals.keys()]);
    let added = 0;
    for (const [id, n] of totals) {
      if (!known.has(id)) continue;
      await viewsRepo.add(trx, id, day, n);
      added += n;
    }
    return added;
  });
}
