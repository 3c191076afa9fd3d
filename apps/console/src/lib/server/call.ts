import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { FormState } from '$lib/form-state';
import type { ApiClient } from './api.js';
import { toApiError, type ApiError } from './api-error.js';
import { clearSession, loginUrl } from './session.js';

type Call<T> = (api: ApiClient) => Promise<T>;

/** An expired or revoked session anywhere: forget the cookie and send the official to sign in. */
function redirectIfSignedOut(event: RequestEvent, e: ApiError): void {
  if (e.code !== 'UNAUTHORIZED') return;
  clearSession(event.cookies, event.url);
  redirect(303, loginUrl(event.url));
}

/** For `load`: the data, or the error page (403/404/…) with the API's message. */
export async function query<T>(event: RequestEvent, call: Call<T>): Promise<T> {
  try {
    return await call(event.locals.api);
  } catch (err) {
    const e = toApiError(err);
    redirectIfSignedOut(event, e);
    error(e.status >= 400 && e.status <= 599 ? e.status : 500, e.message);
  }
}

export type Attempt<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** For actions: the result, or the API's error for the form to show. */
export async function attempt<T>(event: RequestEvent, call: Call<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, data: await call(event.locals.api) };
  } catch (err) {
    const e = toApiError(err);
    redirectIfSignedOut(event, e);
    return { ok: false, error: e };
  }
}

/** The failed form: the API's message on top, its field errors beside the fields. */
export function failWith(e: ApiError, state: Omit<FormState, 'message' | 'fieldErrors'> = {}) {
  const status = e.status >= 400 && e.status <= 599 ? e.status : 500;
  return fail(status, { ...state, message: e.message, fieldErrors: e.fieldErrors } satisfies FormState);
}

/** A failure found before calling the API (a missing file, passwords that differ). */
export function failForm(state: FormState, status = 400) {
  return fail(status, state);
}

/** Runs a mutation for a simple form: success text on success, the failed form otherwise. */
export async function mutate(
  event: RequestEvent,
  form: string,
  call: Call<unknown>,
  success: string,
  values?: Record<string, unknown>,
) {
  const r = await attempt(event, call);
  if (!r.ok) return failWith(r.error, { form, ...(values ? { values } : {}) });
  return { form, success } satisfies FormState;
}
