/** An entry of a pager: a page number, or a gap between distant page numbers. */
export type PagerEntry = { kind: 'page'; page: number } | { kind: 'gap' };

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/**
 * The page numbers to show: always the first and last page, `radius` pages either side of the
 * current one, and a gap where numbers are skipped. A gap of exactly one page shows that page
 * instead, since a "…" would take the same room.
 */
export function pagerEntries(current: number, pages: number, radius = 2): PagerEntry[] {
  const shown = new Set<number>([1, pages]);
  for (let p = current - radius; p <= current + radius; p++) {
    if (p >= 1 && p <= pages) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const entries: PagerEntry[] = [];
  let previous = 0;
  for (const page of sorted) {
    if (page - previous === 2) entries.push({ kind: 'page', page: page - 1 });
    else if (page - previous > 2) entries.push({ kind: 'gap' });
    entries.push({ kind: 'page', page });
    previous = page;
  }
  return entries;
}
