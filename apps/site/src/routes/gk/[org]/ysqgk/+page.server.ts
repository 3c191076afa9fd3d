import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { cookieOptions, encodeCredentials, FIX_FIELDS, formFailure } from '$lib/server/public-form.js';
import { APPLIED_COOKIE, APPLIED_COOKIE_MAX_AGE, APPLY_FIELDS, readApplication } from '$lib/server/request-desk.js';

export const load: PageServerLoad = async (event) => {
  const client = api(event.getClientAddress());
  // A fresh challenge on every render, also after a failed submission (the old one may be spent).
  const [guide, challenge] = await Promise.all([
    need(client.requestDesk.guide.query({ org: event.params.org })),
    need(client.requestDesk.challenge.query()),
  ]);
  return { guide, challenge };
};

export const actions: Actions = {
  default: async (event) => {
    const { org } = event.params;
    const read = await readApplication(await event.request.formData());
    if (!read.ok) {
      return fail(400, { values: read.values, fieldErrors: read.fieldErrors, message: FIX_FIELDS });
    }
    let codes;
    try {
      codes = await api(event.getClientAddress()).requestDesk.submit.mutate({ org, ...read.input });
    } catch (cause) {
      const failure = formFailure(cause, APPLY_FIELDS);
      return fail(failure.status, { values: read.values, fieldErrors: failure.fieldErrors, message: failure.message });
    }
    // The codes go to the next page in an httpOnly cookie, never in a URL (logs, history, Referer).
    const path = `/gk/${org}/ysqgk`;
    event.cookies.set(APPLIED_COOKIE, encodeCredentials(codes), cookieOptions(event.url, path, APPLIED_COOKIE_MAX_AGE));
    redirect(303, `${path}/done`);
  },
};
