import { describe, expect, it } from 'vitest';
import {
  checkFallback,
  createChallenge,
  createFallbackChallenge,
  FALLBACK_QUESTIONS,
  leadingZeroBits,
  solveChallenge,
  verifyFallback,
  verifySolution,
} from './bot-check.js';

const secret = 'test-secret';
const now = '2026-11-27T02:00:00.000Z';
const later = (s: number) => new Date(Date.parse(now) + s * 1000).toISOString();
const bytes = (n: number) => new Uint8Array(n).fill(7);

describe('proof of work', () => {
  const challenge = createChallenge({ secret, now, random: bytes, difficulty: 10 });
  const solution = solveChallenge(challenge.nonceSeed, challenge.difficulty);

  it('accepts a solution within the age limit', () => {
    expect(leadingZeroBits(challenge.nonceSeed, solution)).toBeGreaterThanOrEqual(10);
    expect(verifySolution(challenge.token, solution, { secret, now: later(5) })).toEqual({ ok: true });
  });

  it('refuses wrong solutions, old or forged tokens', () => {
    const wrong = [...Array(50).keys()].map(String).find((s) => leadingZeroBits(challenge.nonceSeed, s) < 10)!;
    expect(verifySolution(challenge.token, wrong, { secret, now })).toMatchObject({ ok: false, code: 'wrong' });
    expect(verifySolution(challenge.token, solution, { secret, now: later(1801) })).toMatchObject({ code: 'expired' });
    expect(verifySolution(challenge.token, solution, { secret, now: later(-3600) })).toMatchObject({ code: 'invalid' });
    expect(verifySolution(challenge.token, solution, { secret: 'other', now })).toEqual({
      ok: false,
      code: 'invalid',
      message: '验证信息无效，请刷新页面后重新提交',
    });
    // Lowering the difficulty in the payload breaks the signature.
    const [payload, sig] = challenge.token.split('.') as [string, string];
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
    const forged = `${Buffer.from(JSON.stringify({ ...data, difficulty: 0 })).toString('base64url')}.${sig}`;
    expect(verifySolution(forged, '0', { secret, now })).toMatchObject({ code: 'invalid' });
    expect(verifySolution('garbage', '0', { secret, now })).toMatchObject({ code: 'invalid' });
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits('', '')).toBe(0); // sha256('') starts with e3
  });
});

describe('fallback without JavaScript', () => {
  it('checks the honeypot, the fill time and the answer', () => {
    const ok = { questionId: 0, answer: ' ３ ', honeypot: '', elapsedMs: 5000 };
    expect(FALLBACK_QUESTIONS[0]!.question).toBe('一加二等于几？（请填写数字）');
    expect(checkFallback(ok)).toEqual({ ok: true });
    expect(checkFallback({ ...ok, answer: '三' })).toEqual({ ok: true });
    expect(checkFallback({ ...ok, honeypot: 'http://spam' })).toMatchObject({ ok: false, code: 'honeypot' });
    expect(checkFallback({ ...ok, elapsedMs: 1200 })).toEqual({
      ok: false,
      code: 'too_fast',
      message: '提交过快，请稍候再提交',
    });
    expect(checkFallback({ ...ok, answer: '4' })).toMatchObject({ code: 'wrong' });
    expect(checkFallback({ ...ok, questionId: 99 })).toMatchObject({ code: 'wrong' });
  });

  it('signs the question and the time the form was served', () => {
    const { token, question } = createFallbackChallenge({ secret, now, random: () => new Uint8Array([0]) });
    expect(question).toBe('一加二等于几？（请填写数字）');
    const input = { answer: '3', honeypot: '' };
    expect(verifyFallback(token, input, { secret, now: later(10) })).toEqual({ ok: true });
    expect(verifyFallback(token, input, { secret, now: later(1) })).toMatchObject({ code: 'too_fast' });
    expect(verifyFallback(token, input, { secret, now: later(4000) })).toMatchObject({ code: 'expired' });
    expect(verifyFallback(token, input, { secret: 'x', now: later(10) })).toMatchObject({ code: 'invalid' });
  });
});
