import type { Cookies } from '@sveltejs/kit';

/**
 * The console's session cookie holds the API's session token. Its own name keeps it apart from the
 * public site's cookies when both run on localhost (cookies ignore ports); it is a browser-session
 * cookie because the API enforces the idle and absolute timeouts. Secure whenever the console is
 * served over HTTPS, which is how production runs (behind adapter-node's ORIGIN / PROTOCOL_HEADER).
 */
export const SESSION_COOKIE = 'gk_console_session';

function options(url: URL) {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' } as const;
}

export function setSession(cookies: Cookies, url: URL, token: string): void {
  cookies.set(SESSION_COOKIE, token, options(url));
}

export function clearSession(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, options(url));
}

export function loginUrl(url: URL): string {
  return `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
}
