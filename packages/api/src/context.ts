import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db, FileStorage } from '@gongkai/db';
import type { Segmenter } from '@gongkai/domain';

/** Everything the router needs from the process hosting it; tests pass their own. */
export interface ApiDeps {
  db: Db;
  files: FileStorage;
  /** The one clock of the process (tests and non-production runs may set it). */
  clock: () => Date;
  segmenter: Segmenter;
  /** Shared secret only the two SvelteKit servers hold. */
  internalToken: string;
  /** Numbers that are public on purpose (office lines, hotlines) and never PII hits. */
  piiAllowList: string[];
  /** Encrypts and keys applicants' personal data (GONGKAI_DATA_KEY). */
  dataKey: string;
  /** Signs the bot-check challenges of public forms (derived from the session secret). */
  formSecret: string;
}

export interface Context {
  deps: ApiDeps;
  internalTokenOk: boolean;
  sessionToken: string | null;
  clientIp: string | null;
}

/** Compares digests so the comparison time says nothing about the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return expected !== '' && timingSafeEqual(digest(given), digest(expected));
}

export function createContext(deps: ApiDeps, headers: Record<string, string | undefined>): Context {
  const header = (name: string) => {
    const value = headers[name]?.trim();
    return value ? value : null;
  };
  const token = header('x-internal-token');
  return {
    deps,
    internalTokenOk: token !== null && sameSecret(token, deps.internalToken),
    sessionToken: header('x-session-token'),
    clientIp: header('x-client-ip'),
  };
}
