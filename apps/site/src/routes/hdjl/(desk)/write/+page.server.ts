import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { cookieOptions } from '$lib/server/public-form.js';
import {
  encodeReceipt,
  readMessage,
  SENT_COOKIE,
  SENT_COOKIE_MAX_AGE,
  SENT_COOKIE_PATH,
  submitFailure,
} from '$lib/server/message-desk.js';

export const load: PageServerLoad = async (event) => {
  // A fresh challenge on every render, also after a failed submission (the old one may be spent).
  const challenge = await need(api(event.getClientAddress()).messageDesk.challenge.query());
  return { challenge, org: event.url.searchParams.get('org') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const { values, input } = readMessage(await event.request.formData());
    let receipt;
    try {
      receipt = await api(event.getClientAddress()).messageDesk.submit.mutate(input);
    } catch (cause) {
      const failure = submitFailure(cause);
      return fail(failure.status, { values, fieldErrors: failure.fieldErrors, message: failure.message });
    }
    // The codes go to the next page in an httpOnly cookie, never in a URL (logs, history, Referer).
    event.cookies.set(
      SENT_COOKIE,
      encodeReceipt(receipt),
      cookieOptions(event.url, SENT_COOKIE_PATH, SENT_COOKIE_MAX_AGE),
    );
    redirect(303, '/hdjl/done');
  },
};
