import { redirect } from '@sveltejs/kit';
import { clearSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a GET here only offers the button.
export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/login');
};

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    try {
      await locals.api.auth.logout.mutate();
    } catch {
      // The session may already be gone on the API side; the cookie goes either way.
    }
    clearSession(cookies, url);
    redirect(303, '/login');
  },
};
