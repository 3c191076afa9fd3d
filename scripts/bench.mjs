// `pnpm bench`: production build, then two suites.
// pages:  a fresh data set of 100,000 publications, then requests/s and latency of the main public
//         pages (first request, uncached, cached) next to a bare static server, direct search
//         latency, and the API server's peak memory. Results in bench/results/latest.json.
// report: the annual report of an organization with 1,000,000 publications and 1,000,000 request
//         cases, generated as the console does it (target < 5 s). Results in bench/results/report.json.
//
// Options: --only pages|report, --count N (default 100000), --no-build, --reuse-data (keep the data
//          folders if present), --duration S (default 10), --connections C (default 50),
//          --report-publications N and --report-requests N (default 1000000 each).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importBuilt, prepareBenchData, root } from './bench/data.mjs';
import { load, peakRssMb, startProcess, startStatic, stop, summarize, waitFor } from './bench/http.mjs';
import { runReportBench } from './bench/report.mjs';
import { measureSearch } from './bench/search-latency.mjs';

const { values: opts } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    'no-build': { type: 'boolean', default: false },
    'reuse-data': { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    'report-publications': { type: 'string', default: '1000000' },
    'report-requests': { type: 'string', default: '1000000' },
  },
});
if (opts.only && !['pages', 'report'].includes(opts.only)) throw new Error('--only takes pages or report');
const count = Number(opts.count);
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const WARMUP_SECONDS = 2;
// Away from the development ports 3000-3002 so a running dev setup is not disturbed.
const PORTS = { api: 3192, site: 3190, static: 3191 };
const dataDir = path.join(root, 'bench/data');
const resultsDir = path.join(root, 'bench/results');
const log = (message) => console.log(`[bench] ${message}`);

const REQUIRED_BUILDS = [
  'packages/db/dist/index.js',
  'packages/domain/dist/index.js',
  'apps/server/dist/main.js',
  'apps/site/build/handler.js',
];

async function main() {
  if (!opts['no-build']) {
    log('pnpm build (production)');
    const built = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('pnpm build failed');
  }
  const missing = REQUIRED_BUILDS.filter((f) => !existsSync(path.join(root, f)));
  if (missing.length) throw new Error(`missing build output: ${missing.join(', ')} — run \`pnpm build\``);
  if (opts.only !== 'report') await benchPages();
  if (opts.only !== 'pages') await benchReport();
}

async function benchReport() {
  const result = await runReportBench({
    dataDir: path.join(root, 'bench/data-report'),
    reuse: opts['reuse-data'],
    publications: Number(opts['report-publications']),
    requests: Number(opts['report-requests']),
    // A 2021-format year and a 2019-format year of the generated span.
    years: [2024, 2020],
    log,
  });
  const results = { at: new Date().toISOString(), ...result };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'report.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(
    `\nAnnual report, ${Number(opts['report-publications']).toLocaleString('en')} publications and ${Number(opts['report-requests']).toLocaleString('en')} requests (SQLite):`,
  );
  console.table(
    result.runs.map((r) => ({
      year: r.year,
      run: r.run,
      seconds: r.seconds,
      steps: r.steps.map((s) => `${s.label} ${s.ms}`).join(' · '),
    })),
  );
  console.log(
    `worst ${result.worstSeconds} s (target < ${result.targetSeconds} s); written to bench/results/report.json`,
  );
}

async function benchPages() {
  const databaseUrl = path.join(dataDir, 'gongkai.sqlite');
  let timings = null;
  if (opts['reuse-data'] && existsSync(databaseUrl)) log(`reusing ${path.relative(root, dataDir)}`);
  else {
    log(`preparing ${count.toLocaleString('en')} publications in ${path.relative(root, dataDir)}`);
    timings = await prepareBenchData({ dataDir, count, log });
  }

  log('search latency (direct, no HTTP)');
  const search = await measureSearch({ databaseUrl });
  const targets = await pickTargets(databaseUrl);

  const token = randomBytes(32).toString('hex');
  const serverEnv = {
    NODE_ENV: 'production',
    GONGKAI_MODE: 'production',
    GONGKAI_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    API_HOST: '127.0.0.1',
    API_PORT: String(PORTS.api),
    GONGKAI_INTERNAL_TOKEN: token,
    GONGKAI_SESSION_SECRET: randomBytes(32).toString('hex'),
    GONGKAI_DATA_KEY: randomBytes(32).toString('hex'),
  };
  const apiUrl = `http://127.0.0.1:${PORTS.api}`;
  const siteUrl = `http://127.0.0.1:${PORTS.site}`;
  let api;
  let site;
  let staticServer;
  let apiPeakRssMb = null;
  let sitePeakRssMb = null;
  const pages = [];
  try {
    log('starting the API server and the site (production builds)');
    api = startProcess('api', [path.join(root, 'apps/server/dist/main.js')], serverEnv, log);
    await waitFor(`${apiUrl}/health`, { 'x-internal-token': token }, 60_000, api);
    const siteEntry = existsSync(path.join(root, 'apps/site/server.js'))
      ? 'apps/site/server.js'
      : 'apps/site/build/index.js';
    site = startProcess(
      'site',
      [path.join(root, siteEntry)],
      { ...serverEnv, PORT: String(PORTS.site), HOST: '127.0.0.1', API_URL: apiUrl, SITE_URL: siteUrl },
      log,
    );
    await waitFor(`${siteUrl}/`, {}, 60_000, site);

    const { publications: _published, ...pagePaths } = targets;
    for (const [name, pagePath] of Object.entries(pagePaths)) {
      const url = `${siteUrl}${pagePath}`;
      log(`${name}: ${pagePath}`);
      // A never-seen URL, so neither the page cache nor anything else has it yet.
      const firstUrl = `${url}${url.includes('?') ? '&' : '?'}_first=${Date.now()}`;
      const t = performance.now();
      const first = await fetch(firstUrl);
      const body = Buffer.from(await first.arrayBuffer());
      const firstMs = Math.round((performance.now() - t) * 100) / 100;
      if (!first.ok) {
        // One broken page should not hide the numbers of the others.
        log(`  ${pagePath} answered HTTP ${first.status}; skipped`);
        pages.push({ name, path: pagePath, error: `HTTP ${first.status}`, firstMs });
        continue;
      }
      const contentType = first.headers.get('content-type') ?? 'text/html';

      await load(url, { connections, duration: WARMUP_SECONDS, bust: true });
      const uncached = summarize(await load(url, { connections, duration, bust: true }));
      await load(url, { connections, duration: WARMUP_SECONDS });
      const cached = summarize(await load(url, { connections, duration }));

      staticServer = await startStatic(body, contentType, PORTS.static);
      const staticUrl = `http://127.0.0.1:${PORTS.static}${pagePath}`;
      await load(staticUrl, { connections, duration: WARMUP_SECONDS });
      const bare = summarize(await load(staticUrl, { connections, duration }));
      await new Promise((r) => staticServer.close(r));
      staticServer = undefined;
      pages.push({ name, path: pagePath, bytes: body.length, firstMs, uncached, cached, static: bare });
    }
  } finally {
    if (staticServer) await new Promise((r) => staticServer.close(r));
    // VmHWM is the peak over the process's life, so reading it just before stopping is enough.
    if (api) apiPeakRssMb = peakRssMb(api.child.pid);
    if (site) sitePeakRssMb = peakRssMb(site.child.pid);
    await stop(site);
    await stop(api);
  }

  const results = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      totalMemMb: Math.round(os.totalmem() / 2 ** 20),
    },
    publications: targets.publications,
    connections,
    durationSeconds: duration,
    dataTimingsSeconds: timings,
    search,
    pages: pages.map((p) =>
      p.error ? p : { ...p, ratioUncached: ratio(p.uncached, p.static), ratioCached: ratio(p.cached, p.static) },
    ),
    apiPeakRssMb,
    sitePeakRssMb,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  print(results);
}

const ratio = (a, b) => (b.rps ? Math.round((a.rps / b.rps) * 100) / 100 : null);

/** A category with many items, a recent document, from the generated data. */
async function pickTargets(databaseUrl) {
  const db = await importBuilt('packages/db/dist/index.js');
  const conn = db.connect({ url: databaseUrl });
  try {
    const org = await conn.db
      .selectFrom('organizations')
      .select(['id', 'slug'])
      .where('is_primary', '=', 1)
      .executeTakeFirstOrThrow();
    const category = await conn.db
      .selectFrom('publications')
      .select(['category_id', (eb) => eb.fn.countAll().as('n')])
      .where('organization_id', '=', org.id)
      .where('status', '=', 'published')
      .where('category_id', 'is not', null)
      .groupBy('category_id')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    const doc = await conn.db
      .selectFrom('publications')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .executeTakeFirstOrThrow();
    const total = await conn.db
      .selectFrom('publications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    return {
      publications: Number(total.n),
      home: '/',
      category: `/gk/${org.slug}/catalog?category=${category.category_id}`,
      detail: `/info/${doc.id}`,
      search: `/search?q=${encodeURIComponent('公开')}`,
    };
  } finally {
    await conn.destroy();
  }
}

function print(r) {
  console.log(
    `\nGongkai bench — ${r.publications.toLocaleString('en')} published publications, ${r.connections} connections × ${r.durationSeconds} s, ${r.machine.cpus} CPUs, Node ${r.machine.node}\n`,
  );
  const rows = r.pages.flatMap((p) =>
    p.error
      ? [{ page: p.name, mode: `failed: ${p.error}`, 'req/s': '', p50: '', p95: '', p99: '', 'vs static': '' }]
      : [
          { page: p.name, mode: 'first request', 'req/s': '', p50: p.firstMs, p95: '', p99: '', 'vs static': '' },
          ...['uncached', 'cached', 'static'].map((mode) => ({
            page: p.name,
            mode,
            'req/s': p[mode].rps,
            p50: p[mode].p50,
            p95: p[mode].p95,
            p99: p[mode].p99,
            'vs static': mode === 'static' ? 1 : mode === 'cached' ? p.ratioCached : p.ratioUncached,
          })),
        ],
  );
  console.table(rows);
  console.log('search latency (ms, direct):');
  console.table(
    r.search.perQuery.map((q) => ({
      query: q.q,
      matches: q.total,
      p50: q.p50.toFixed(1),
      p95: q.p95.toFixed(1),
      max: q.max.toFixed(1),
    })),
  );
  console.log(
    `search overall: p50 ${r.search.p50.toFixed(1)} ms, p95 ${r.search.p95.toFixed(1)} ms (target < 50 ms), p99 ${r.search.p99.toFixed(1)} ms`,
  );
  console.log(`API server peak RSS: ${r.apiPeakRssMb ?? '?'} MB; site peak RSS: ${r.sitePeakRssMb ?? '?'} MB`);
  console.log(`written to ${path.relative(root, path.join(resultsDir, 'latest.json'))}`);
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
