import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The console's only reader of environment variables.
 *
 * API_URL                 the API server (default http://127.0.0.1:3002)
 * GONGKAI_INTERNAL_TOKEN  the internal token the API requires; when unset, read from
 *                         `<GONGKAI_DATA_DIR or ./data>/secrets.json`, which the API server writes in
 *                         demo/test mode (production sets the variable).
 */
export interface ConsoleEnv {
  apiUrl: string;
  internalToken: string;
}

function readSecretsFile(dataDir: string): string {
  const path = join(resolve(dataDir), 'secrets.json');
  try {
    const secrets = JSON.parse(readFileSync(path, 'utf8')) as { internalToken?: unknown };
    if (typeof secrets.internalToken === 'string' && secrets.internalToken !== '') return secrets.internalToken;
  } catch {
    // Reported below with the path, which is what an operator needs to fix it.
  }
  throw new Error(`GONGKAI_INTERNAL_TOKEN is not set and no internalToken was found in ${path}`);
}

let cached: ConsoleEnv | undefined;

/** Read lazily so that `vite build` does not need the secrets file. */
export function env(): ConsoleEnv {
  if (cached) return cached;
  const apiUrl = (process.env.API_URL ?? 'http://127.0.0.1:3002').replace(/\/+$/, '');
  const fromEnv = process.env.GONGKAI_INTERNAL_TOKEN;
  const internalToken = fromEnv ? fromEnv : readSecretsFile(process.env.GONGKAI_DATA_DIR ?? './data');
  cached = { apiUrl, internalToken };
  return cached;
}
