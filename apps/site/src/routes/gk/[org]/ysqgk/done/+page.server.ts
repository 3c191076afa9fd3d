import type { PageServerLoad } from './$types';
import { cookieOptions, decodeCredentials } from '$lib/server/public-form.js';
import { APPLIED_COOKIE } from '$lib/server/request-desk.js';

/** The new case's codes, shown once: the cookie that carried them is gone after this page. */
export const load: PageServerLoad = ({ cookies, params, url }) => {
  const codes = decodeCredentials(cookies.get(APPLIED_COOKIE));
  if (codes) cookies.delete(APPLIED_COOKIE, cookieOptions(url, `/gk/${params.org}/ysqgk`, 0));
  return { codes };
};
