import type { PageServerLoad } from './$types';
import { COMMENTED_COOKIE, decodeTrackingNo, donePath } from '$lib/server/consultation-desk.js';
import { cookieOptions } from '$lib/server/public-form.js';

/** The new comment's code, shown once: the cookie that carried it is gone after this page. */
export const load: PageServerLoad = async ({ cookies, url, parent }) => {
  const { consultation } = await parent();
  const trackingNo = decodeTrackingNo(cookies.get(COMMENTED_COOKIE));
  if (trackingNo) cookies.delete(COMMENTED_COOKIE, cookieOptions(url, donePath(consultation.id), 0));
  return { trackingNo };
};
