import type { Kysely } from 'kysely';
import { columnsRepo, publicationsRepo, type Database } from '@gongkai/db';
import { toSummary, type PublicationSummary, type PublishedRow } from '../shapes.js';

/** Summaries for a page of rows: column slugs for all of them in one query. */
export async function summarize(q: Kysely<Database>, rows: readonly PublishedRow[]): Promise<PublicationSummary[]> {
  const columns = await columnsRepo.forPublications(
    q,
    rows.map((r) => r.id),
  );
  const slugs = new Map<number, string[]>();
  for (const c of columns) slugs.set(c.publication_id, [...(slugs.get(c.publication_id) ?? []), c.slug]);
  return rows.map((r) => toSummary(r, slugs.get(r.id) ?? []));
}

/** Published summaries by id, in the order of `ids` (missing or unpublished ids are skipped). */
export async function summariesByIds(q: Kysely<Database>, ids: readonly number[]) {
  type Row = Awaited<ReturnType<typeof publicationsRepo.publishedWithOrg>>[number];
  const found = new Map((await publicationsRepo.publishedWithOrg(q, ids)).map((r) => [r.id, r]));
  const rows = ids.map((id) => found.get(id)).filter((r): r is Row => r !== undefined);
  return { rows, items: await summarize(q, rows) };
}
