import { fail, redirect } from '@sveltejs/kit';
import type { FormState } from '$lib/form-state';
import { safeNext } from '$lib/safe-next';
import { toApiError } from '$lib/server/api-error';
import { setSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
  return { next: safeNext(url.searchParams.get('next')), apiError: locals.authError?.message ?? null };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const values = { username };
    const fieldErrors: Record<string, string> = {};
    if (!username) fieldErrors.username = '请输入用户名';
    if (!password) fieldErrors.password = '请输入密码';
    if (Object.keys(fieldErrors).length > 0) return fail(400, { fieldErrors, values } satisfies FormState);

    let result;
    try {
      result = await locals.api.auth.login.mutate({ username, password });
    } catch (err) {
      // Here UNAUTHORIZED means a wrong password (or a lockout), shown as the API words it.
      const e = toApiError(err);
      return fail(e.status >= 400 && e.status <= 599 ? e.status : 500, {
        message: e.message,
        fieldErrors: e.fieldErrors,
        values,
      } satisfies FormState);
    }
    setSession(cookies, url, result.token);
    redirect(303, result.user.mustChangePassword ? '/account/password' : safeNext(String(form.get('next') ?? '')));
  },
};
