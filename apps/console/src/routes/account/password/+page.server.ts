import { redirect } from '@sveltejs/kit';
import { attempt, failForm, failWith } from '$lib/server/call';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ mustChange: locals.user?.mustChangePassword ?? false });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const confirm = String(form.get('confirmPassword') ?? '');
    // Only the typing check lives here; strength rules are the API's (domain checkPasswordStrength).
    if (newPassword !== confirm) return failForm({ fieldErrors: { confirmPassword: '两次输入的新密码不一致' } });
    const r = await attempt(event, (api) => api.auth.changePassword.mutate({ currentPassword, newPassword }));
    if (!r.ok) return failWith(r.error);
    redirect(303, '/?passwordChanged=1');
  },
};
