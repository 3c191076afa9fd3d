/**
 * The guard every public form passes (decisions.md, Participation): the self-hosted bot check
 * (proof of work with JavaScript, a question without), each solved challenge used once, and a
 * per-address rate limit (stricter on the no-JavaScript path). Counters live in the database so
 * every server process shares them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '@gongkai/db';
import {
  createChallenge,
  createFallbackChallenge,
  DEFAULT_CHALLENGE_MAX_AGE_SECONDS,
  RATE_LIMITS,
  rateLimit,
  rateLimitMessage,
  type RateLimitRule,
  verifyFallback,
  verifySolution,
} from '@gongkai/domain';
import type { ApiDeps } from '../context.js';
import { fieldError } from '../errors.js';
import { inTx } from '../tx.js';

export type BotAnswer =
  | { mode: 'pow'; token: string; solution: string }
  | { mode: 'fallback'; token: string; answer: string; honeypot: string };

export function issueChallenge(deps: ApiDeps) {
  const now = deps.clock();
  const random = (n: number) => randomBytes(n);
  return {
    pow: createChallenge({ secret: deps.formSecret, now, random }),
    fallback: createFallbackChallenge({ secret: deps.formSecret, now, random }),
  };
}

/**
 * Throws the Chinese refusal (field `bot`, or TOO_MANY_REQUESTS). Runs in a transaction of its own
 * that commits before the refusal is thrown: every attempt counts against the address, and a
 * solved challenge is spent whether or not the rest of the submission goes through.
 */
export async function guardForm(
  deps: ApiDeps,
  input: { form: string; clientIp: string | null; bot: BotAnswer },
): Promise<void> {
  const refusal = await inTx(deps, (trx) => checkForm(deps, trx, input));
  if (refusal) throw refusal;
}

async function checkForm(
  deps: ApiDeps,
  trx: Kysely<Database>,
  { form, clientIp, bot }: { form: string; clientIp: string | null; bot: BotAnswer },
): Promise<TRPCError | null> {
  const now = deps.clock();
  const rule = bot.mode === 'pow' ? RATE_LIMITS.form : RATE_LIMITS.fallbackForm;
  const limited = await consume(trx, `${form}:${bot.mode}:${clientIp ?? 'unknown'}`, rule, now);
  if (limited) return limited;

  const options = { secret: deps.formSecret, now };
  const check =
    bot.mode === 'pow'
      ? verifySolution(bot.token, bot.solution, options)
      : verifyFallback(bot.token, { answer: bot.answer, honeypot: bot.honeypot }, options);
  if (!check.ok) return fieldError('bot', check.message);

  const tokenHash = createHash('sha256').update(bot.token).digest('hex');
  const spent = await trx
    .selectFrom('spent_challenges')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (spent) return fieldError('bot', '验证已使用过，请刷新页面后重新提交');
  await trx.deleteFrom('spent_challenges').where('expires_at', '<', now.toISOString()).execute();
  await trx
    .insertInto('spent_challenges')
    .values({
      token_hash: tokenHash,
      expires_at: new Date(now.getTime() + DEFAULT_CHALLENGE_MAX_AGE_SECONDS * 1000).toISOString(),
    })
    .execute();
  return null;
}

/**
 * Looking a record up by its number and private code: only failed lookups count against the
 * address, so an applicant reloading their own case is never refused while guessing codes is.
 */
export async function guardLookup<T>(deps: ApiDeps, clientIp: string | null, lookup: () => Promise<T>): Promise<T> {
  const key = `lookup:${clientIp ?? 'unknown'}`;
  const row = await deps.db.db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  const state = row ? { windowStart: Number(row.window_start), count: row.count } : null;
  const peek = rateLimit(state, deps.clock(), FAILED_LOOKUP_LIMIT);
  if (!peek.allowed)
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: rateLimitMessage(peek.retryAfterSeconds) });
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
      await inTx(deps, (trx) => consume(trx, key, FAILED_LOOKUP_LIMIT, deps.clock()));
    }
    throw error;
  }
}

/** Plenty for mistyped codes, far too few to guess an 8-character one. */
const FAILED_LOOKUP_LIMIT: RateLimitRule = { limit: 20, windowSeconds: 10 * 60 };

/** Counts one request against the address's window; the refusal (with the time to wait) when over. */
async function consume(trx: Kysely<Database>, key: string, rule: RateLimitRule, now: Date): Promise<TRPCError | null> {
  const row = await trx.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  const decision = rateLimit(row ? { windowStart: Number(row.window_start), count: row.count } : null, now, rule);
  if (!decision.allowed) {
    return new TRPCError({ code: 'TOO_MANY_REQUESTS', message: rateLimitMessage(decision.retryAfterSeconds) });
  }
  const { windowStart, count } = decision.state;
  await trx
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count })
    .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: windowStart, count }))
    .execute();
  return null;
}
