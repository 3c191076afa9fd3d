// The API server's test-mode routes (/__test/*) and read-only tRPC queries, for set-up and for
// moving the server's clock. Browsers never reach the API; tests do, with the internal token.
import { internalToken, mainStack, type Stack } from './stack.js';

const headers = { 'x-internal-token': internalToken, 'content-type': 'application/json' };

async function call<T>(stack: Stack, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.api}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

export type ClockChange = { now: string } | { advanceMs: number } | { now: null };

/** Sets the server clock; the server runs its scheduled jobs before it answers. */
export async function setClock(change: ClockChange, stack: Stack = mainStack): Promise<Date> {
  const { now } = await call<{ now: string }>(stack, 'POST', '/__test/clock', change);
  return new Date(now);
}

export async function serverNow(stack: Stack = mainStack): Promise<Date> {
  const { now } = await call<{ now: string }>(stack, 'GET', '/__test/clock');
  return new Date(now);
}

/** A public tRPC query (no session), e.g. to find a demo document with a given property. */
export async function publicQuery<T>(procedure: string, input: unknown, stack: Stack = mainStack): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const body = await call<{ result: { data: T } }>(stack, 'GET', `/trpc/public.${procedure}${query}`);
  return body.result.data;
}
