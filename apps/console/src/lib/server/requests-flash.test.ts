import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { rememberRegistration, takeRegistration } from './requests-flash.js';

/** Cookies of one browser: what was set, with the options it was set with. */
function jar() {
  const store = new Map<string, { value: string; opts: Record<string, unknown> }>();
  const cookies = {
    get: (name: string) => store.get(name)?.value,
    set: (name: string, value: string, opts: Record<string, unknown>) => void store.set(name, { value, opts }),
    delete: (name: string) => void store.delete(name),
  } as unknown as Cookies;
  return { cookies, store };
}

const url = new URL('http://localhost:3001/requests/new');

describe('registration banner', () => {
  it('is kept for the case page only and read once', () => {
    const { cookies, store } = jar();
    rememberRegistration(cookies, url, 7, { trackingNo: 'MY2026-0007', accessCode: 'K3P9QX' });
    expect([...store.values()][0]?.opts).toMatchObject({ path: '/requests/7', httpOnly: true, maxAge: 300 });
    expect(takeRegistration(cookies, url, 7)).toEqual({ trackingNo: 'MY2026-0007', accessCode: 'K3P9QX' });
    expect(takeRegistration(cookies, url, 7)).toBeNull();
  });

  it('ignores a tampered cookie', () => {
    const { cookies } = jar();
    cookies.set('gk_request_registered', '{"trackingNo":1}', { path: '/' });
    expect(takeRegistration(cookies, url, 7)).toBeNull();
    cookies.set('gk_request_registered', 'not json', { path: '/' });
    expect(takeRegistration(cookies, url, 7)).toBeNull();
  });
});
