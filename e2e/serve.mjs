// Starts a fresh test-mode stack for the Playwright journeys: API server (fresh data folder,
// demo data, settable clock), public site and console, on their own ports so a running demo is
// left alone. Playwright runs this as its webServer and kills it at the end.
//
// `E2E_STACK=postgres` starts the second stack (ports 4100–4102) on a freshly re-created
// PostgreSQL database `gongkai_e2e` of the TEST_DATABASE_URL cluster; the postgres-smoke spec
// starts it itself, so a run without that spec never pays for it.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startProcess, waitForHttp } from '../scripts/lib/toolchain.mjs';
import { e2eDatabaseUrl, ports as sqlitePorts, postgresPorts, stackEnv } from './stack.mjs';

const postgres = process.env.E2E_STACK === 'postgres';
const ports = postgres ? postgresPorts : sqlitePorts;
// The postgres stack keeps only files and secrets on disk: a temporary folder, outside the repo.
const dataDir = postgres ? path.join(os.tmpdir(), 'gongkai-e2e-postgres') : path.resolve(import.meta.dirname, '.data');
rmSync(dataDir, { recursive: true, force: true });
const env = stackEnv(dataDir, ports);

/** Drops and re-creates the database of `url` (connected through the cluster's `postgres` database). */
async function recreateDatabase(url) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

if (postgres) {
  const url = e2eDatabaseUrl();
  if (!url) throw new Error('E2E_STACK=postgres needs TEST_DATABASE_URL (or CI) to find a PostgreSQL cluster');
  await recreateDatabase(url);
  env.DATABASE_URL = url;
}

const api = startProcess('api', 'node', ['apps/server/dist/main.js'], env);
const children = [api];
// Fail at once when the API cannot start (bad environment, missing build) instead of waiting.
const apiExited = new Promise((_, reject) =>
  api.once('exit', (code) => reject(new Error(`the API server exited with code ${code} before answering`))),
);
await Promise.race([waitForHttp(`http://127.0.0.1:${ports.api}/health`, 180000), apiExited]);
apiExited.catch(() => {});
children.push(
  startProcess('site', 'node', ['apps/site/server.js'], {
    ...env,
    PORT: String(ports.site),
    ORIGIN: `http://localhost:${ports.site}`,
    BODY_SIZE_LIMIT: '20M',
  }),
  startProcess('console', 'node', ['apps/console/build/index.js'], {
    ...env,
    PORT: String(ports.console),
    ORIGIN: `http://localhost:${ports.console}`,
    BODY_SIZE_LIMIT: '50M',
  }),
);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
