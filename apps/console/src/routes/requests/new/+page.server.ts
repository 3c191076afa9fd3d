import { redirect } from '@sveltejs/kit';
import { attempt, failWith, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { rememberRegistration } from '$lib/server/requests-flash';
import { toRegisterInput } from '$lib/server/requests-input';
import type { Actions, PageServerLoad } from './$types';

// The receipt date defaults to the API's today: the clock it checks dates against.
export const load: PageServerLoad = async (event) => ({
  today: await query(event, (api) => api.auth.today.query()),
});

export const actions: Actions = {
  register: async (event) => {
    const values = await formFields(event.request);
    const r = await attempt(event, (api) => api.requests.register.mutate(toRegisterInput(values)));
    if (!r.ok) return failWith(r.error, { form: 'register', values });
    rememberRegistration(event.cookies, event.url, r.data.id, {
      trackingNo: r.data.trackingNo,
      accessCode: r.data.accessCode,
    });
    redirect(303, `/requests/${r.data.id}`);
  },
};
