// Measures search latency straight against the database (no HTTP), over several kinds of query.
import { importBuilt } from './data.mjs';

export const SEARCH_QUERIES = ['公开', '棉洋镇', '政府信息公开', '年度报告', '安全生产 会议', '华府办发[2015]117号', '棉洋村', '森林防火', '低保', '不存在的词语'];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs each query `rounds` times (first page, then a later page) and returns per-query and overall p50/p95. */
export async function measureSearch({ databaseUrl, rounds = 20, queries = SEARCH_QUERIES }) {
  const db = await importBuilt('packages/db/dist/index.js');
  const domain = await importBuilt('packages/domain/dist/index.js');
  const conn = db.connect({ url: databaseUrl });
  const segmenter = db.createJiebaSegmenter();
  try {
    const org = await conn.db.selectFrom('organizations').select('id').where('is_primary', '=', 1).executeTakeFirstOrThrow();
    const all = [];
    const perQuery = [];
    for (const q of queries) {
      const terms = domain.queryTerms(segmenter, q);
      const times = [];
      let total = 0;
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        const r = await db.searchPublications(conn, { terms, organizationId: i % 2 ? org.id : undefined, limit: 20, offset: (i % 3) * 20 });
        times.push(performance.now() - t);
        total = r.total;
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      perQuery.push({ q, total, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) });
    }
    all.sort((a, b) => a - b);
    return { perQuery, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99) };
  } finally {
    await conn.destroy();
  }
}
