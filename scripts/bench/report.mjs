// The annual-report bench: how long generating one organization's report takes on the data set of
// scripts/bench/report-data.mjs (1,000,000 publications, 1,000,000 request cases), through the
// same code path as the console's 生成报告 job. Target: under 5 seconds on SQLite.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { importBuilt } from './data.mjs';
import { prepareReportData } from './report-data.mjs';

const TARGET_SECONDS = 5;

export async function runReportBench({ dataDir, reuse, publications, requests, years, log }) {
  const file = path.join(dataDir, 'gongkai.sqlite');
  let timings = null;
  if (reuse && existsSync(file)) log(`reusing ${dataDir}`);
  else {
    log(`preparing ${publications.toLocaleString('en')} publications and ${requests.toLocaleString('en')} requests`);
    timings = await prepareReportData({ dataDir, publications, requests, log });
  }
  const db = await importBuilt('packages/db/dist/index.js');
  const api = await importBuilt('packages/api/dist/index.js');
  const conn = db.connect({ url: file });
  const runs = [];
  try {
    const org = await conn.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('is_primary', '=', 1)
      .executeTakeFirstOrThrow();
    for (const year of years) {
      // The first run reads the pages from disk, the second from the cache: both are reported.
      for (const run of ['cold', 'warm']) {
        // The callback announces each step as it starts; a step's time runs until the next one.
        const steps = [];
        const lap = (label) => {
          const now = performance.now();
          if (steps.length) steps.at(-1).ms = Math.round(now - steps.at(-1).start);
          if (label) steps.push({ label, start: now });
        };
        const t = performance.now();
        await api.generateReportDocument(conn, org, year, (_done, _total, label) => lap(label));
        lap(null);
        const seconds = Math.round(performance.now() - t) / 1000;
        runs.push({ year, run, seconds, steps: steps.map(({ label, ms }) => ({ label, ms })) });
        log(`${year} (${run}): ${seconds} s`);
      }
    }
  } finally {
    await conn.destroy();
  }
  return { dataTimingsSeconds: timings, targetSeconds: TARGET_SECONDS, runs, worstSeconds: Math.max(...runs.map((r) => r.seconds)) };
}
