import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '$lib/server/api.js';
import {
  cookieOptions,
  type Credentials,
  decodeCredentials,
  encodeCredentials,
  formFailure,
  formValues,
  isNotFound,
} from '$lib/server/public-form.js';
import { TRACK_COOKIE, TRACK_COOKIE_MAX_AGE, TRACK_COOKIE_PATH } from '$lib/server/message-desk.js';
import type { Rating } from '@gongkai/domain';

const TRACK_PATH = '/hdjl/track';

/** Confirmations after a redirect, chosen by `?sent=`; anything else shows nothing. */
const SENT_NOTICES: Record<string, string> = {
  followUp: '追加留言已提交。',
  rate: '评价已提交，感谢您的反馈。',
};

const credentialsOf = (event: RequestEvent) => decodeCredentials(event.cookies.get(TRACK_COOKIE));
const forget = (event: RequestEvent) =>
  event.cookies.delete(TRACK_COOKIE, cookieOptions(event.url, TRACK_COOKIE_PATH, 0));

export const load: PageServerLoad = async (event) => {
  const credentials = credentialsOf(event);
  if (!credentials) return { view: null, lookupError: null, notice: null };
  try {
    const view = await api(event.getClientAddress()).messageDesk.track.query(credentials);
    return { view, lookupError: null, notice: SENT_NOTICES[event.url.searchParams.get('sent') ?? ''] ?? null };
  } catch (cause) {
    // Codes that no longer match (never expected, but a message could be removed) are forgotten.
    if (isNotFound(cause)) forget(event);
    return { view: null, lookupError: formFailure(cause, []).message, notice: null };
  }
};

/**
 * One of the message's own forms: runs `call` with the codes from the cookie and goes back to the
 * message with a confirmation, or returns the failure for that form.
 */
async function onMessage(
  event: RequestEvent,
  form: 'followUp' | 'rate',
  { values, fields }: { values: Record<string, string>; fields: string[] },
  call: (credentials: Credentials) => Promise<unknown>,
) {
  const credentials = credentialsOf(event);
  if (!credentials) {
    return fail(400, { form, values, fieldErrors: {}, message: '查询已超时，请重新输入查询号和查询码' });
  }
  try {
    await call(credentials);
  } catch (cause) {
    const failure = formFailure(cause, fields);
    return fail(failure.status, { form, values, fieldErrors: failure.fieldErrors, message: failure.message });
  }
  redirect(303, `${TRACK_PATH}?sent=${form}`);
}

export const actions: Actions = {
  lookup: async (event) => {
    const data = await event.request.formData();
    const trackingNo = String(data.get('trackingNo') ?? '').trim();
    const accessCode = String(data.get('accessCode') ?? '').trim();
    const values = { trackingNo };
    try {
      await api(event.getClientAddress()).messageDesk.track.query({ trackingNo, accessCode });
    } catch (cause) {
      const failure = formFailure(cause, ['trackingNo', 'accessCode']);
      return fail(failure.status, {
        form: 'lookup',
        values,
        fieldErrors: failure.fieldErrors,
        message: failure.message,
      });
    }
    event.cookies.set(
      TRACK_COOKIE,
      encodeCredentials({ trackingNo, accessCode }),
      cookieOptions(event.url, TRACK_COOKIE_PATH, TRACK_COOKIE_MAX_AGE),
    );
    redirect(303, TRACK_PATH);
  },

  followUp: async (event) => {
    const values = formValues(await event.request.formData(), ['text']);
    const client = api(event.getClientAddress());
    return onMessage(event, 'followUp', { values, fields: ['text'] }, (credentials) =>
      client.messageDesk.followUp.mutate({ ...credentials, text: values.text ?? '' }),
    );
  },

  rate: async (event) => {
    const values = formValues(await event.request.formData(), ['rating']);
    const client = api(event.getClientAddress());
    // The rating goes as chosen (or '' when none was): the API judges it.
    return onMessage(event, 'rate', { values, fields: ['rating'] }, (credentials) =>
      client.messageDesk.rate.mutate({ ...credentials, rating: (values.rating ?? '') as Rating }),
    );
  },

  logout: async (event) => {
    forget(event);
    redirect(303, TRACK_PATH);
  },
};
