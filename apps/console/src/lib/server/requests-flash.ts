import type { Cookies } from '@sveltejs/kit';

/**
 * The 查询号 and 查询码 of a just registered application, carried across the redirect to its case
 * page and shown there once. The API keeps only a hash of the 查询码, so this is the one moment
 * staff can read it out to the applicant. A cookie (HttpOnly, only for that case's page, five
 * minutes) keeps the code out of the URL, the browser history and the access logs.
 */
const COOKIE = 'gk_request_registered';
const MAX_AGE_S = 300;

export interface Registration {
  trackingNo: string;
  accessCode: string;
}

function options(url: URL, id: number) {
  return { path: `/requests/${id}`, httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' } as const;
}

export function rememberRegistration(cookies: Cookies, url: URL, id: number, r: Registration): void {
  cookies.set(COOKIE, JSON.stringify(r), { ...options(url, id), maxAge: MAX_AGE_S });
}

/** The registration of this case if it was just made, forgotten as it is read. */
export function takeRegistration(cookies: Cookies, url: URL, id: number): Registration | null {
  const raw = cookies.get(COOKIE);
  if (raw === undefined) return null;
  cookies.delete(COOKIE, options(url, id));
  try {
    const r = JSON.parse(raw) as Partial<Registration>;
    return typeof r.trackingNo === 'string' && typeof r.accessCode === 'string'
      ? { trackingNo: r.trackingNo, accessCode: r.accessCode }
      : null;
  } catch {
    return null;
  }
}
