// Where the e2e stacks listen and how tests talk to them outside the browser.
import { internalToken, ports, postgresPorts } from '../stack.mjs';

export interface Stack {
  site: string;
  console: string;
  api: string;
}

function stackAt(p: { site: number; console: number; api: number }): Stack {
  return {
    site: `http://localhost:${p.site}`,
    console: `http://localhost:${p.console}`,
    api: `http://127.0.0.1:${p.api}`,
  };
}

/** The SQLite stack Playwright's webServer starts for every spec. */
export const mainStack = stackAt(ports);
/** The PostgreSQL stack the postgres project starts for its smoke journey. */
export const postgresStack = stackAt(postgresPorts);

/** The password of every demo account (packages/db/src/demo/accounts.ts). */
export const DEMO_PASSWORD = 'Gongkai2026!';

export { internalToken };
