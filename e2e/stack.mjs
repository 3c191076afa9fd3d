// Ports and environment of the e2e stacks, shared by serve.mjs and the tests.
// E2E_PORT_BASE moves both stacks (default 4000 and 4100), so two checkouts can run side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 4000);
export const ports = { site: base, console: base + 1, api: base + 2 };
/** The second stack, on PostgreSQL, for the postgres-smoke journey only. */
export const postgresPorts = { site: base + 100, console: base + 101, api: base + 102 };
// Secrets must be at least 32 characters (apps/server/src/env.ts).
export const internalToken = 'e2e-internal-token-not-a-secret-0123456789';

/** The cluster the suite may use: TEST_DATABASE_URL, or this machine kind's default in CI; else null. */
export function postgresServerUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  return process.env.CI ? 'postgres://postgres@127.0.0.1:5432/test' : null;
}

/** The database of the postgres stack: a fresh `gongkai_e2e` (per port base) on the TEST_DATABASE_URL cluster. */
export function e2eDatabaseUrl() {
  const server = postgresServerUrl();
  if (!server) return null;
  const url = new URL(server);
  url.pathname = base === 4000 ? '/gongkai_e2e' : `/gongkai_e2e_${base}`;
  return url.toString();
}

export function stackEnv(dataDir, p = ports) {
  return {
    GONGKAI_MODE: 'test',
    GONGKAI_DATA_DIR: dataDir,
    API_PORT: String(p.api),
    API_URL: `http://127.0.0.1:${p.api}`,
    SITE_URL: `http://localhost:${p.site}`,
    GONGKAI_INTERNAL_TOKEN: internalToken,
    GONGKAI_SESSION_SECRET: 'e2e-session-secret-not-a-secret-0123456789',
    GONGKAI_DATA_KEY: 'e2e-data-key-not-secret-0123456789abcdef',
  };
}
