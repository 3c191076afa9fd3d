import type { PageServerLoad } from './$types';
import { cookieOptions } from '$lib/server/public-form.js';
import { decodeReceipt, SENT_COOKIE, SENT_COOKIE_PATH } from '$lib/server/message-desk.js';

/** The new message's codes, shown once: the cookie that carried them is gone after this page. */
export const load: PageServerLoad = ({ cookies, url }) => {
  const receipt = decodeReceipt(cookies.get(SENT_COOKIE));
  if (receipt) cookies.delete(SENT_COOKIE, cookieOptions(url, SENT_COOKIE_PATH, 0));
  return { receipt };
};
