import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../connect.js';

/** What a search call needs from a connection; a transaction can be passed as `{ db: trx, dialect }`. */
export type SearchDb = Pick<Db, 'db' | 'dialect'>;

export interface SearchRow {
  publicationId: number;
  organizationId: number;
  categoryId: number | null;
  /** Year of the publish date, for the year filter and facet. */
  year: number;
  /** Space-separated tokens (domain `searchTokens`). */
  tokens: string;
}

export interface SearchQuery {
  /** Words that must all match (domain `queryTerms`). */
  terms: string[];
  /** Compact 文号 token (e.g. 华府办发2015117号): an exact match on it is a hit even if the terms are not. */
  docNumberToken?: string;
  organizationId?: number;
  /** The category and its descendants, as the caller resolved them. */
  categoryIds?: number[];
  year?: number;
  limit: number;
  offset: number;
}

export interface SearchResult {
  /** Publication ids of the page, best first. */
  ids: number[];
  /** Number of matches; for a filtered search with `exact` false, the lower bound `SEARCH_CAP`. */
  total: number;
  /**
   * Year and category counts over the matches (all filters applied). When `exact` is false they
   * cover the newest `SEARCH_CAP` matches only.
   */
  facets: { years: { year: number; count: number }[]; categories: { id: number; count: number }[] };
  /** False when more than `SEARCH_CAP` items match: facets are then partial, and so is the total of a filtered search. */
  exact: boolean;
}

/**
 * Work per search is bounded so that a word found in nearly every document (棉洋镇, 公开) still
 * answers in milliseconds on 100,000 publications:
 * - relevance (bm25 / ts_rank) is computed for the newest `RANK_WINDOW` matches only; pages past
 *   the window continue in newest-first order;
 * - facets (and the total of a filtered search) are counted over the newest `SEARCH_CAP` matches.
 * Below these sizes everything is exact; above them the results are what a visitor can use anyway.
 */
export const RANK_WINDOW = 500;
export const SEARCH_CAP = 2000;

/** Adds or replaces the search row of a published publication. */
export async function indexPublication(db: SearchDb, row: SearchRow): Promise<void> {
  await indexPublications(db, [row]);
}

/** Bulk form of `indexPublication` for imports and seeding. */
export async function indexPublications(db: SearchDb, rows: SearchRow[]): Promise<void> {
  // Multi-row inserts stay under SQLite's bound-parameter limit (32766) and PostgreSQL's (65535).
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((r) => ({
      publication_id: r.publicationId,
      organization_id: r.organizationId,
      category_id: r.categoryId,
      year: r.year,
      tokens: r.tokens,
    }));
    await db.db
      .insertInto('publication_search')
      .values(values)
      .onConflict((oc) =>
        oc.column('publication_id').doUpdateSet((eb) => ({
          organization_id: eb.ref('excluded.organization_id'),
          category_id: eb.ref('excluded.category_id'),
          year: eb.ref('excluded.year'),
          tokens: eb.ref('excluded.tokens'),
        })),
      )
      .execute();
  }
}

/** Drops a publication from search (withdrawn, deleted). */
export async function removeFromIndex(db: SearchDb, publicationId: number): Promise<void> {
  await db.db.deleteFrom('publication_search').where('publication_id', '=', publicationId).execute();
}

/** Terms made only of punctuation or spaces match nothing in either index; they are dropped. */
function usable(term: string): boolean {
  return /[\p{L}\p{N}]/u.test(term);
}

/**
 * Search over the published publications: all terms must match, an exact 文号 token matches on
 * its own; ordered by relevance, then newest.
 */
export async function searchPublications(db: SearchDb, query: SearchQuery): Promise<SearchResult> {
  const terms = [...new Set(query.terms.map((t) => t.trim()).filter(usable))];
  const docToken = query.docNumberToken && usable(query.docNumberToken) ? query.docNumberToken.trim() : undefined;
  const empty: SearchResult = { ids: [], total: 0, facets: { years: [], categories: [] }, exact: true };
  if (terms.length === 0 && !docToken) return empty;
  if (query.categoryIds && query.categoryIds.length === 0) return empty;

  const m = db.dialect === 'sqlite' ? sqliteMatch(terms, docToken) : postgresMatch(terms, docToken);
  const filtered = query.organizationId !== undefined || query.categoryIds !== undefined || query.year !== undefined;
  const filters = sql.join(
    [
      m.condition,
      ...(query.organizationId === undefined ? [] : [sql`s.organization_id = ${query.organizationId}`]),
      ...(query.categoryIds ? [sql`s.category_id IN (${sql.join(query.categoryIds.map((id) => sql`${id}`))})`] : []),
      ...(query.year === undefined ? [] : [sql`s.year = ${query.year}`]),
    ],
    sql` AND `,
  );

  // Newest matches first: FTS5 walks its doclists in rowid order, PostgreSQL can walk the key.
  // Counted in SQL: a few (year, category) groups come back instead of up to SEARCH_CAP rows.
  const capped = await sql<{ year: number; category_id: number | null; n: number }>`
    SELECT c.year, c.category_id, count(*) AS n FROM (
      SELECT s.year, s.category_id FROM ${m.from} WHERE ${filters}
      ORDER BY ${m.key} DESC LIMIT ${SEARCH_CAP}
    ) c GROUP BY c.year, c.category_id`.execute(db.db);
  const matched = capped.rows.reduce((sum, row) => sum + Number(row.n), 0);
  const exact = matched < SEARCH_CAP;
  let total = matched;
  if (!exact && !filtered) {
    // Unfiltered, the exact count is one cheap index walk.
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM ${m.countFrom} WHERE ${m.condition}`.execute(
      db.db,
    );
    total = Number(count.rows[0]?.n ?? total);
  }
  const years = new Map<number, number>();
  const categories = new Map<number, number>();
  for (const row of capped.rows) {
    const year = Number(row.year);
    const n = Number(row.n);
    years.set(year, (years.get(year) ?? 0) + n);
    if (row.category_id !== null) categories.set(row.category_id, (categories.get(row.category_id) ?? 0) + n);
  }
  const facets = {
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year),
    categories: [...categories].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id - b.id),
  };
  const result = { ids: [] as number[], total, facets, exact };
  if (query.limit <= 0 || query.offset >= total) return result;

  // Inside the window: by relevance, then newest.
  if (query.offset < RANK_WINDOW) {
    const ranked = await sql<{ id: number }>`
      SELECT w.id FROM (
        SELECT s.publication_id AS id, ${m.score} AS score FROM ${m.from} WHERE ${filters}
        ORDER BY ${m.key} DESC LIMIT ${RANK_WINDOW}
      ) w JOIN publications p ON p.id = w.id
      ORDER BY w.score ${m.direction}, p.publish_date DESC, w.id DESC
      LIMIT ${Math.min(query.limit, RANK_WINDOW - query.offset)} OFFSET ${query.offset}`.execute(db.db);
    result.ids.push(...ranked.rows.map((r) => Number(r.id)));
  }
  // Past the window: newest first.
  const rest = query.offset + query.limit - Math.max(query.offset, RANK_WINDOW);
  if (rest > 0) {
    const newest = await sql<{ id: number }>`
      SELECT s.publication_id AS id FROM ${m.from} WHERE ${filters}
      ORDER BY ${m.key} DESC LIMIT ${rest} OFFSET ${Math.max(query.offset, RANK_WINDOW)}`.execute(db.db);
    result.ids.push(...newest.rows.map((r) => Number(r.id)));
  }
  return result;
}

interface Match {
  /** FROM clause exposing the search row as `s` (joined to the full-text index on SQLite). */
  from: RawBuilder<unknown>;
  /** FROM clause for counting matches without filters (the bare full-text index on SQLite). */
  countFrom: RawBuilder<unknown>;
  /** Publication id as the index hands it out in order (FTS5 rowid on SQLite). */
  key: RawBuilder<unknown>;
  /** The full-text condition. */
  condition: RawBuilder<unknown>;
  score: RawBuilder<unknown>;
  /** Sort direction of `score` for best first. */
  direction: RawBuilder<unknown>;
}

/** FTS5 string literal: every term quoted (a `"` doubled), so `OR`, `*`, `:`, `-` stay plain text. */
function fts5Quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function sqliteMatch(terms: string[], docToken: string | undefined): Match {
  const all = terms.map(fts5Quote).join(' AND ');
  const expr = docToken ? (all ? `(${all}) OR ${fts5Quote(docToken)}` : fts5Quote(docToken)) : all;
  return {
    from: sql`publication_fts f JOIN publication_search s ON s.publication_id = f.rowid`,
    countFrom: sql`publication_fts`,
    key: sql`f.rowid`,
    condition: sql`publication_fts MATCH ${expr}`,
    // bm25 is lower for better matches.
    score: sql`bm25(publication_fts)`,
    direction: sql`ASC`,
  };
}

/** Each term goes in as a bound parameter through phraseto_tsquery, never spliced into tsquery syntax. */
function postgresMatch(terms: string[], docToken: string | undefined): Match {
  const phrase = (t: string) => sql`phraseto_tsquery('simple', ${t})`;
  const all = terms.length ? sql.join(terms.map(phrase), sql` && `) : undefined;
  const query = docToken ? (all ? sql`(${all}) || ${phrase(docToken)}` : phrase(docToken)) : all!;
  return {
    from: sql`publication_search s`,
    countFrom: sql`publication_search s`,
    key: sql`s.publication_id`,
    condition: sql`s.tsv @@ (${query})`,
    score: sql`ts_rank(s.tsv, ${query})`,
    direction: sql`DESC`,
  };
}
