import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '$lib/server/api.js';
import {
  decodeTrackingNo,
  lookupFailure,
  TRACK_COOKIE,
  TRACK_COOKIE_MAX_AGE,
  TRACK_COOKIE_PATH,
} from '$lib/server/consultation-desk.js';
import { cookieOptions, formFailure, isNotFound } from '$lib/server/public-form.js';

const forget = (event: RequestEvent) =>
  event.cookies.delete(TRACK_COOKIE, cookieOptions(event.url, TRACK_COOKIE_PATH, 0));

/**
 * The comment found by its code, kept in an httpOnly cookie so the code never sits in a URL. The
 * page shows what the commenter wrote: never stored by any cache.
 */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const trackingNo = decodeTrackingNo(event.cookies.get(TRACK_COOKIE));
  if (!trackingNo) return { view: null, lookupError: null };
  try {
    return {
      view: await api(event.getClientAddress()).consultationDesk.track.query({ trackingNo }),
      lookupError: null,
    };
  } catch (cause) {
    // A code that no longer matches (never expected, but a comment could be removed) is forgotten.
    if (isNotFound(cause)) forget(event);
    return { view: null, lookupError: formFailure(cause, []).message };
  }
};

export const actions: Actions = {
  lookup: async (event) => {
    const trackingNo = String((await event.request.formData()).get('trackingNo') ?? '').trim();
    try {
      await api(event.getClientAddress()).consultationDesk.track.query({ trackingNo });
    } catch (cause) {
      const failure = lookupFailure(cause);
      return fail(failure.status, {
        values: { trackingNo },
        fieldErrors: failure.fieldErrors,
        message: failure.message,
      });
    }
    event.cookies.set(TRACK_COOKIE, trackingNo, cookieOptions(event.url, TRACK_COOKIE_PATH, TRACK_COOKIE_MAX_AGE));
    redirect(303, TRACK_COOKIE_PATH);
  },

  logout: async (event) => {
    forget(event);
    redirect(303, TRACK_COOKIE_PATH);
  },
};
