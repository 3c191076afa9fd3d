import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '$lib/server/api.js';
import {
  cookieOptions,
  type Credentials,
  decodeCredentials,
  encodeCredentials,
  FIX_FIELDS,
  formFailure,
  formValues,
  isNotFound,
  readAttachments,
} from '$lib/server/public-form.js';
import { TRACK_COOKIE, TRACK_COOKIE_MAX_AGE } from '$lib/server/request-desk.js';

/** The cookie is valid on every organization's desk: a case is found by its codes alone. */
const COOKIE_PATH = '/gk';

/** Confirmations after a redirect, chosen by `?sent=`; anything else shows nothing. */
const SENT_NOTICES: Record<string, string> = {
  supplement: '补正材料已提交。',
  fee: '您的缴费意见已提交。',
  withdraw: '申请已撤回。',
};

const trackPath = (event: RequestEvent) => `/gk/${event.params.org}/ysqgk/track`;
const credentialsOf = (event: RequestEvent) => decodeCredentials(event.cookies.get(TRACK_COOKIE));
const forget = (event: RequestEvent) => event.cookies.delete(TRACK_COOKIE, cookieOptions(event.url, COOKIE_PATH, 0));

export const load: PageServerLoad = async (event) => {
  const credentials = credentialsOf(event);
  if (!credentials) return { view: null, lookupError: null, notice: null };
  try {
    const view = await api(event.getClientAddress()).requestDesk.track.query(credentials);
    return { view, lookupError: null, notice: SENT_NOTICES[event.url.searchParams.get('sent') ?? ''] ?? null };
  } catch (cause) {
    // Codes that no longer match (never expected, but a case could be removed) are forgotten.
    if (isNotFound(cause)) forget(event);
    return { view: null, lookupError: formFailure(cause, []).message, notice: null };
  }
};

/**
 * One of the case's own forms: runs `call` with the codes from the cookie and goes back to the
 * case with a confirmation, or returns the failure for that form.
 */
async function onCase(
  event: RequestEvent,
  form: 'supplement' | 'fee' | 'withdraw',
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
  redirect(303, `${trackPath(event)}?sent=${form}`);
}

export const actions: Actions = {
  lookup: async (event) => {
    const data = await event.request.formData();
    const trackingNo = String(data.get('trackingNo') ?? '').trim();
    const accessCode = String(data.get('accessCode') ?? '').trim();
    const values = { trackingNo };
    try {
      await api(event.getClientAddress()).requestDesk.track.query({ trackingNo, accessCode });
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
      cookieOptions(event.url, COOKIE_PATH, TRACK_COOKIE_MAX_AGE),
    );
    redirect(303, trackPath(event));
  },

  supplement: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data, ['text']);
    const files = await readAttachments(data);
    if (!files.ok) {
      return fail(400, {
        form: 'supplement',
        values,
        fieldErrors: { attachments: files.message },
        message: FIX_FIELDS,
      });
    }
    const client = api(event.getClientAddress());
    return onCase(event, 'supplement', { values, fields: ['text', 'attachments'] }, (credentials) =>
      client.requestDesk.supplement.mutate({
        ...credentials,
        text: values.text ?? '',
        attachments: files.attachments.length > 0 ? files.attachments : undefined,
      }),
    );
  },

  fee: async (event) => {
    const decision = (await event.request.formData()).get('decision');
    if (decision !== 'pay' && decision !== 'decline') {
      return fail(400, { form: 'fee', values: {}, fieldErrors: {}, message: '请选择同意缴费或不同意缴费' });
    }
    const client = api(event.getClientAddress());
    return onCase(event, 'fee', { values: {}, fields: [] }, (credentials) =>
      client.requestDesk.respondFee.mutate({ ...credentials, decision }),
    );
  },

  withdraw: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data, ['reason']);
    if (data.get('confirm') !== 'yes') {
      const fieldErrors = { confirm: '请勾选“我确认撤回本申请”' };
      return fail(400, { form: 'withdraw', values, fieldErrors, message: FIX_FIELDS });
    }
    const client = api(event.getClientAddress());
    const reason = values.reason?.trim() || undefined;
    return onCase(event, 'withdraw', { values, fields: ['reason'] }, (credentials) =>
      client.requestDesk.withdraw.mutate({ ...credentials, reason }),
    );
  },

  logout: async (event) => {
    forget(event);
    redirect(303, trackPath(event));
  },
};
