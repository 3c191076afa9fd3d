/**
 * Bot protection without third-party services (decisions.md, Participation). With JavaScript: a
 * proof-of-work challenge; the token is HMAC-signed, so any process holding the secret verifies it
 * without storing anything. Without JavaScript: a short question in Chinese (its id signed the same
 * way), a honeypot field and a minimum fill time, under a stricter rate limit (`rate-limit.ts`).
 * A token can be replayed until it expires; callers that care keep the seeds they have seen for
 * `maxAgeSeconds`.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_POW_DIFFICULTY = 16;
export const DEFAULT_CHALLENGE_MAX_AGE_SECONDS = 30 * 60;
export const DEFAULT_MIN_FILL_MS = 3000;
/** Tolerated clock difference between the process that issued a token and the one checking it. */
const CLOCK_SKEW_MS = 60_000;

export type BotCheckResult =
  { ok: true } | { ok: false; code: 'invalid' | 'expired' | 'wrong' | 'honeypot' | 'too_fast'; message: string };

const INVALID: BotCheckResult = { ok: false, code: 'invalid', message: '验证信息无效，请刷新页面后重新提交' };
const EXPIRED: BotCheckResult = { ok: false, code: 'expired', message: '验证已过期，请刷新页面后重新提交' };

function b64(s: string | Buffer): string {
  return Buffer.from(s).toString('base64url');
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

function sign(secret: string, data: object): string {
  const payload = b64(JSON.stringify(data));
  return `${payload}.${b64(mac(secret, payload))}`;
}

/** The signed data, or null when the token was not made with this secret. */
function unsign(secret: string, token: string): Record<string, unknown> | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function checkAge(issuedAt: unknown, now: Date | string, maxAgeSeconds: number): BotCheckResult | null {
  if (typeof issuedAt !== 'number') return INVALID;
  const age = new Date(now).getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS) return INVALID;
  return age > maxAgeSeconds * 1000 ? EXPIRED : null;
}

/** Leading zero bits of sha256(seed + solution). */
export function leadingZeroBits(seed: string, solution: string): number {
  const hash = createHash('sha256')
    .update(seed + solution)
    .digest();
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export interface Challenge {
  token: string;
  nonceSeed: string;
  difficulty: number;
}

/** `random(n)`: n random bytes (e.g. `crypto.randomBytes`). */
export function createChallenge({
  secret,
  now,
  random,
  difficulty = DEFAULT_POW_DIFFICULTY,
}: {
  secret: string;
  now: Date | string;
  random: (bytes: number) => Uint8Array;
  difficulty?: number;
}): Challenge {
  if (!Number.isInteger(difficulty) || difficulty < 0 || difficulty > 32) {
    throw new RangeError(`difficulty must be 0–32 bits: ${difficulty}`);
  }
  const nonceSeed = Buffer.from(random(16)).toString('hex');
  const token = sign(secret, { nonceSeed, issuedAt: new Date(now).getTime(), difficulty });
  return { token, nonceSeed, difficulty };
}

/** The first counter (as a decimal string) whose hash has `difficulty` leading zero bits. */
export function solveChallenge(nonceSeed: string, difficulty: number): string {
  for (let n = 0; ; n++) if (leadingZeroBits(nonceSeed, String(n)) >= difficulty) return String(n);
}

export function verifySolution(
  token: string,
  solution: string,
  {
    secret,
    now,
    maxAgeSeconds = DEFAULT_CHALLENGE_MAX_AGE_SECONDS,
  }: { secret: string; now: Date | string; maxAgeSeconds?: number },
): BotCheckResult {
  const data = unsign(secret, token);
  if (!data || typeof data.nonceSeed !== 'string' || typeof data.difficulty !== 'number') return INVALID;
  const tooOld = checkAge(data.issuedAt, now, maxAgeSeconds);
  if (tooOld) return tooOld;
  if (solution.length > 32 || leadingZeroBits(data.nonceSeed, solution) < data.difficulty) {
    return { ok: false, code: 'wrong', message: '验证未通过，请刷新页面后重新提交' };
  }
  return { ok: true };
}

/** Questions for visitors without JavaScript; answers are compared after NFKC and trimming. */
export const FALLBACK_QUESTIONS: readonly { question: string; answers: readonly string[] }[] = [
  { question: '一加二等于几？（请填写数字）', answers: ['3', '三'] },
  { question: '五减三等于几？（请填写数字）', answers: ['2', '二', '两'] },
  { question: '二乘以三等于几？（请填写数字）', answers: ['6', '六'] },
  { question: '十加五等于几？（请填写数字）', answers: ['15', '十五'] },
  { question: '一个星期有几天？（请填写数字）', answers: ['7', '七'] },
  { question: '中华人民共和国的首都是哪座城市？', answers: ['北京', '北京市'] },
];

export function isFallbackAnswer(questionId: number, answer: string): boolean {
  const q = FALLBACK_QUESTIONS[questionId];
  return q !== undefined && q.answers.includes(answer.normalize('NFKC').replace(/\s+/g, ''));
}

/** The honeypot, fill time and answer checks on a submission without JavaScript. */
export function checkFallback({
  questionId,
  answer,
  honeypot,
  elapsedMs,
  minFillMs = DEFAULT_MIN_FILL_MS,
}: {
  questionId: number;
  answer: string;
  honeypot: string;
  elapsedMs: number;
  minFillMs?: number;
}): BotCheckResult {
  // A bot fills the hidden field; the message does not say which check failed.
  if (honeypot !== '') return { ok: false, code: 'honeypot', message: '提交失败，请刷新页面后重试' };
  if (elapsedMs < minFillMs) return { ok: false, code: 'too_fast', message: '提交过快，请稍候再提交' };
  if (!isFallbackAnswer(questionId, answer)) {
    return { ok: false, code: 'wrong', message: '验证问题回答不正确，请重新作答' };
  }
  return { ok: true };
}

/** `random(n)`: n random bytes; picks the question and signs its id with the time the form was served. */
export function createFallbackChallenge({
  secret,
  now,
  random,
}: {
  secret: string;
  now: Date | string;
  random: (bytes: number) => Uint8Array;
}): { token: string; question: string } {
  const questionId = (random(1)[0] ?? 0) % FALLBACK_QUESTIONS.length;
  const token = sign(secret, { questionId, issuedAt: new Date(now).getTime() });
  return { token, question: FALLBACK_QUESTIONS[questionId]!.question };
}

export function verifyFallback(
  token: string,
  input: { answer: string; honeypot: string },
  {
    secret,
    now,
    maxAgeSeconds = DEFAULT_CHALLENGE_MAX_AGE_SECONDS,
    minFillMs = DEFAULT_MIN_FILL_MS,
  }: { secret: string; now: Date | string; maxAgeSeconds?: number; minFillMs?: number },
): BotCheckResult {
  const data = unsign(secret, token);
  if (!data || typeof data.questionId !== 'number' || typeof data.issuedAt !== 'number') return INVALID;
  const tooOld = checkAge(data.issuedAt, now, maxAgeSeconds);
  if (tooOld) return tooOld;
  const elapsedMs = new Date(now).getTime() - data.issuedAt;
  return checkFallback({ questionId: data.questionId, ...input, elapsedMs, minFillMs });
}
