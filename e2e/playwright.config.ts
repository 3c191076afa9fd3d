import { defineConfig } from '@playwright/test';
import { e2eDatabaseUrl, ports } from './stack.mjs';

// The PostgreSQL smoke journey needs a cluster: TEST_DATABASE_URL, or the machine default in CI.
if (!e2eDatabaseUrl() && !process.env.TEST_WORKER_INDEX) {
  console.log('[e2e] postgres-smoke is skipped: TEST_DATABASE_URL is not set (CI always runs it).');
}

export default defineConfig({
  testDir: './tests',
  // The journeys share one server stack and its clock: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${ports.site}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /postgres-smoke/ },
    // Starts its own stack on PostgreSQL (fixtures/postgres-stack.ts) for the one smoke journey.
    { name: 'postgres', testMatch: /postgres-smoke/ },
  ],
  webServer: {
    command: 'node serve.mjs',
    url: `http://localhost:${ports.console}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
  },
});
