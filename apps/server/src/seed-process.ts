import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Config } from './env.js';

const here = fileURLToPath(import.meta.url);
/** The compiled CLI: beside this file in dist/, or dist/ next to the sources when tests run them. */
const CLI = here.endsWith('.ts')
  ? path.resolve(path.dirname(here), '../dist/cli.js')
  : path.resolve(path.dirname(here), 'cli.js');

/**
 * Seeds the demo into an empty database from a child process (`gongkai seed-demo --if-empty`).
 * Generating thousands of items grows the heap by well over 100 MB, and V8 keeps RSS it has grown
 * to: seeding in the server itself would leave it near its memory budget before the first request.
 * Returns what the child printed (the accounts table), empty when there was nothing to seed.
 */
export async function seedDemoInChildProcess(config: Config): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'seed-demo', '--if-empty'], {
    env: {
      GONGKAI_MODE: config.mode,
      GONGKAI_DATA_DIR: config.dataDir,
      DATABASE_URL: config.databaseUrl,
      // The demo's request cases are sealed with the server's key, whichever way it was configured.
      GONGKAI_DATA_KEY: config.secrets.dataKey,
    },
    maxBuffer: 1024 * 1024,
  });
  return stdout.trim();
}
