// `npm test` / `pnpm test`: every test. Unit and integration suites (on SQLite, and on
// PostgreSQL when reachable), type checks, then the Playwright journeys in Chromium.
import net from 'node:net';
import { ensureInstalled, pnpm } from './lib/toolchain.mjs';

const defaultPg = 'postgres://postgres@127.0.0.1:5432/test';

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

ensureInstalled();
if (!process.env.TEST_DATABASE_URL && (await reachable('127.0.0.1', 5432))) process.env.TEST_DATABASE_URL = defaultPg;
if (process.env.TEST_DATABASE_URL) console.log(`▶ PostgreSQL suites on ${process.env.TEST_DATABASE_URL}`);
else if (process.env.CI) throw new Error('CI needs PostgreSQL: set TEST_DATABASE_URL');
else console.log('▶ PostgreSQL not reachable at 127.0.0.1:5432: repository and API suites run on SQLite only');

pnpm(['run', 'lint']);
// e2e is left out of turbo's test task: it needs every app built and its own server stack, so it
// runs last, alone.
pnpm([
  'turbo',
  'run',
  'build',
  'typecheck',
  'test',
  '--concurrency=2',
  '--output-logs=new-only',
  '--filter=!@gongkai/e2e',
]);
pnpm(['--filter', '@gongkai/e2e', 'typecheck']);
pnpm(['--filter', '@gongkai/e2e', 'test']);
