/** Helpers shared by the participation API tests. */
import { solveChallenge } from '@gongkai/domain';
import { fieldErrorsOf } from '../errors.js';
import type { Fixture } from '../testing/fixtures.js';

/** The field errors a call is refused with (null when it succeeds or fails otherwise). */
export async function fieldErrors(call: Promise<unknown>): Promise<Record<string, string> | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return fieldErrorsOf((error as { cause?: unknown }).cause);
  }
}

/** A caller without a session, from the given address (as the site passes it). */
export const visitor = (f: Fixture, ip = '203.0.113.9') => f.caller(undefined, { 'x-client-ip': ip });

/** A solved proof-of-work for a public form. */
export async function solvedBot(f: Fixture) {
  const { pow } = await f.caller().consultationDesk.challenge();
  return { mode: 'pow' as const, token: pow.token, solution: solveChallenge(pow.nonceSeed, pow.difficulty) };
}
