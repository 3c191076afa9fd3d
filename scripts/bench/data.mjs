// Builds the bench data set: a fresh SQLite data folder with the demo and N generated publications.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = path.resolve(import.meta.dirname, '../..');

/** Imports a workspace package's build output, with a clear message when it has not been built. */
export async function importBuilt(relative) {
  const file = path.join(root, relative);
  if (!existsSync(file)) throw new Error(`${relative} is missing: run \`pnpm build\` first`);
  return import(pathToFileURL(file).href);
}

/**
 * Creates `dataDir` from scratch (SQLite file `gongkai.sqlite` and `files/`, the server's layout),
 * migrates, seeds the demo and adds `count` publications. Returns timings in seconds.
 */
export async function prepareBenchData({ dataDir, count, now = new Date(), log = () => {} }) {
  const db = await importBuilt('packages/db/dist/index.js');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const conn = db.connect({ url: path.join(dataDir, 'gongkai.sqlite') });
  const timings = {};
  try {
    let t = performance.now();
    await db.migrateToLatest(conn);
    const segmenter = db.createJiebaSegmenter();
    // Bench accounts never log in; a hash no password matches keeps the data set free of secrets.
    const result = await db.seedDemo(conn, { files: db.createLocalFileStorage(path.join(dataDir, 'files')), segmenter, now, hashPassword: () => '!bench' });
    timings.seedDemo = (performance.now() - t) / 1000;
    log(`demo seeded in ${timings.seedDemo.toFixed(1)} s (${result.seeded ? 'new' : 'existing'})`);
    t = performance.now();
    let last = 0;
    await db.generateBenchData(conn, {
      count,
      segmenter,
      now,
      onProgress(done, total) {
        if (done - last >= 20_000 || done === total) {
          last = done;
          log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} publications`);
        }
      },
    });
    timings.generate = (performance.now() - t) / 1000;
    log(`${count.toLocaleString('en')} publications generated in ${timings.generate.toFixed(1)} s`);
  } finally {
    await conn.destroy();
  }
  return timings;
}
