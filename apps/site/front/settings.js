// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Settings of the site, read from an environment object (never from `process.env` directly, so
 * both the SvelteKit app and the front server pass theirs in, and tests can pass a literal).
 *
 * @param {Record<string, string | undefined>} env
 */
export function readSettings(env) {
  const dataDir = env.GONGKAI_DATA_DIR || './data';
  let token = env.GONGKAI_INTERNAL_TOKEN || '';
  return {
    apiUrl: trimSlash(env.API_URL || 'http://127.0.0.1:3002'),
    siteUrl: trimSlash(env.SITE_URL || 'http://localhost:3000'),
    /**
     * The token every API request carries. In development and demo mode the API server generates
     * it into `<data dir>/secrets.json` on its first start, which may come after ours: read the
     * file lazily, until it is there.
     */
    internalToken() {
      if (!token) token = readSecretToken(join(dataDir, 'secrets.json'));
      return token;
    },
  };
}

/** @param {string} url */
function trimSlash(url) {
  return url.replace(/\/+$/, '');
}

/** @param {string} file */
function readSecretToken(file) {
  try {
    const secrets = JSON.parse(readFileSync(file, 'utf8'));
    return typeof secrets.internalToken === 'string' ? secrets.internalToken : '';
  } catch {
    return '';
  }
}
