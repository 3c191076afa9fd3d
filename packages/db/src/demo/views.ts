import { addDays } from './calendar.js';
import { apportion, type Random } from './random.js';
import type { SearchDb } from '../search/search-index.js';

/** Days after publication on which views are recorded, with their share: most reading happens at once. */
export const VIEW_BUCKETS = [
  [0, 30],
  [1, 15],
  [2, 9],
  [3, 6],
  [7, 5],
  [14, 4],
  [30, 3],
  [60, 2],
  [90, 1],
] as const;

export interface ViewRow {
  publication_id: number;
  day: string;
  count: number;
}

/**
 * Per-item view totals that add up to exactly `total`: a long tail, with the catalogue's
 * documents read more than news (weights from the caller).
 */
export function viewTotals(r: Random, total: number, baseWeights: readonly number[]): number[] {
  return apportion(
    total,
    baseWeights.map((w) => w * (0.2 + r.next() ** 3 * 4)),
  );
}

/** Spreads one item's views over the days after `publishDate`, never past `lastDay`. */
export function viewRows(publicationId: number, publishDate: string, views: number, lastDay: string): ViewRow[] {
  const buckets = VIEW_BUCKETS.map(([offset, share]) => [addDays(publishDate, offset), share] as const).filter(
    ([day]) => day <= lastDay,
  );
  const counts = apportion(
    views,
    buckets.map(([, share]) => share),
  );
  return buckets
    .map(([day], i) => ({ publication_id: publicationId, day, count: counts[i]! }))
    .filter((row) => row.count > 0);
}

/** Inserts the per-day rows of the organization's items. */
export async function insertViewRows(db: SearchDb, organizationId: number, rows: ViewRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000)
    await db.db
      .insertInto('view_counts')
      .values(rows.slice(i, i + 5000).map((row) => ({ ...row, organization_id: organizationId })))
      .execute();
}
