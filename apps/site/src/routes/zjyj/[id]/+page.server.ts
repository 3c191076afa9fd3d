import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import {
  COMMENT_FIELDS,
  COMMENTED_COOKIE,
  COMMENTED_COOKIE_MAX_AGE,
  donePath,
  readComment,
} from '$lib/server/consultation-desk.js';
import { cookieOptions, FIX_FIELDS, formFailure } from '$lib/server/public-form.js';
import { positiveInt } from '$lib/url.js';

export const load: PageServerLoad = async (event) => {
  const { consultation } = await event.parent();
  // A fresh challenge on every render while the form is shown (an old one may be spent).
  const challenge = consultation.canComment
    ? await need(api(event.getClientAddress()).consultationDesk.challenge.query())
    : null;
  return { challenge, reported: event.url.searchParams.get('reported') === '1' };
};

export const actions: Actions = {
  default: async (event) => {
    const id = positiveInt(event.params.id);
    if (id === undefined) error(404, '页面不存在');
    const read = readComment(await event.request.formData(), id);
    if (!read.ok) return fail(400, { values: read.values, fieldErrors: read.fieldErrors, message: FIX_FIELDS });
    let trackingNo;
    try {
      ({ trackingNo } = await api(event.getClientAddress()).consultationDesk.comment.mutate(read.input));
    } catch (cause) {
      const failure = formFailure(cause, COMMENT_FIELDS);
      return fail(failure.status, { values: read.values, fieldErrors: failure.fieldErrors, message: failure.message });
    }
    // The code goes to the next page in an httpOnly cookie, never in a URL (logs, history, Referer).
    const path = donePath(id);
    event.cookies.set(COMMENTED_COOKIE, trackingNo, cookieOptions(event.url, path, COMMENTED_COOKIE_MAX_AGE));
    redirect(303, path);
  },
};
