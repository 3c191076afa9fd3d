import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { createChallenge, verifySolution } from '@gongkai/domain';
import { describe, expect, it } from 'vitest';

/** static/pow.js runs in browsers; here it runs against a stand-in page to check it against the domain's rule. */
const script = readFileSync(new URL('../../../static/pow.js', import.meta.url), 'utf8');

function fakePage(challenge: { nonceSeed: string; difficulty: number }) {
  const solution = { value: '' };
  const fallback = { hidden: false };
  const status = { textContent: '' };
  const listeners: Record<string, (event: { preventDefault(): void }) => void> = {};
  let submitted = 0;
  const form = {
    querySelector: (selector: string) => (selector.includes('pow_solution') ? solution : { value: '' }),
    addEventListener: (type: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners[type] = listener;
    },
    submit: () => submitted++,
  };
  const attributes: Record<string, string> = {
    'data-pow-seed': challenge.nonceSeed,
    'data-pow-difficulty': String(challenge.difficulty),
  };
  const box = {
    getAttribute: (name: string) => attributes[name] ?? null,
    closest: () => form,
    querySelector: (selector: string) => (selector === '[data-pow-fallback]' ? fallback : status),
  };
  const document = { querySelector: () => box };
  const window = { crypto: webcrypto, TextEncoder };
  new Function('window', 'document', script)(window, document);
  return { solution, fallback, status, listeners, submitted: () => submitted };
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('static/pow.js', () => {
  it('finds a solution the API accepts and hides the question', async () => {
    const now = new Date('2026-01-05T02:00:00Z');
    const secret = 'test-secret';
    const challenge = createChallenge({
      secret,
      now,
      random: (n) => webcrypto.getRandomValues(new Uint8Array(n)),
      difficulty: 10,
    });
    const page = fakePage(challenge);
    await until(() => page.solution.value !== '');
    expect(/^\d+$/.test(page.solution.value)).toBe(true);
    expect(verifySolution(challenge.token, page.solution.value, { secret, now })).toEqual({ ok: true });
    expect(page.fallback.hidden).toBe(true);
  });

  it('holds a submission with a blank answer until the work is done, then sends it', async () => {
    const page = fakePage({ nonceSeed: 'ab'.repeat(16), difficulty: 12 });
    let prevented = false;
    page.listeners.submit?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => page.submitted() === 1);
    expect(page.solution.value).not.toBe('');
  });
});
