// The annual-report bench's data set: the demo, 1,000,000 publications of the primary organization
// with per-day view rows, and 1,000,000 request cases with their events and appeals.
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { importBuilt, root } from './data.mjs';

// The db package's own driver, for the few raw statements the bench runs on the file.
const Sqlite = createRequire(path.join(root, 'packages/db/package.json'))('better-sqlite3');

export async function prepareReportData({ dataDir, publications, requests, now = new Date(), log = () => {} }) {
  const db = await importBuilt('packages/db/dist/index.js');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const conn = db.connect({ url: path.join(dataDir, 'gongkai.sqlite') });
  const timings = {};
  const since = (t) => Math.round(performance.now() - t) / 1000;
  try {
    let t = performance.now();
    await db.migrateToLatest(conn);
    const segmenter = db.createJiebaSegmenter();
    const files = db.createLocalFileStorage(path.join(dataDir, 'files'));
    await db.seedDemo(conn, { files, segmenter, now, hashPassword: () => '!bench' });
    let last = 0;
    await db.generateBenchData(conn, {
      count: publications,
      segmenter,
      now,
      onProgress(done, total) {
        if (done - last >= 100_000 || done === total) {
          last = done;
          log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} publications`);
        }
      },
    });
    timings.publications = since(t);
    log(`${publications.toLocaleString('en')} publications in ${timings.publications} s`);

    t = performance.now();
    // Daily view rows as the site records them, straight in SQL: a million items through the
    // repository would take longer than the rest of the bench.
    const today = now.toISOString().slice(0, 10);
    const raw = new Sqlite(path.join(dataDir, 'gongkai.sqlite'));
    // The demo's spread of an item's views over the days after it appeared.
    const shares = db.VIEW_BUCKETS.reduce((sum, [, share]) => sum + share, 0);
    for (const [offset, share] of db.VIEW_BUCKETS) {
      raw.exec(
        `INSERT OR IGNORE INTO view_counts (publication_id, organization_id, day, count)
         SELECT id, organization_id, date(publish_date, '+${offset} day'), max(1, view_count * ${share} / ${shares})
         FROM publications WHERE status = 'published' AND date(publish_date, '+${offset} day') < '${today}'`,
      );
    }
    raw.close();
    timings.views = since(t);
    log(`per-day views in ${timings.views} s`);

    t = performance.now();
    const org = await conn.db
      .selectFrom('organizations')
      .select('id')
      .where('is_primary', '=', 1)
      .executeTakeFirstOrThrow();
    await db.insertBenchRequests(conn, org.id, requests);
    timings.requests = since(t);
    log(`${requests.toLocaleString('en')} request cases in ${timings.requests} s`);
  } finally {
    await conn.destroy();
  }
  return timings;
}
