import { attempt, failWith, query } from '$lib/server/call';
import { intParam, textParam } from '$lib/search-params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const p = event.url.searchParams;
  const filters = {
    actor: textParam(p, 'actor'),
    action: textParam(p, 'action'),
    entityType: textParam(p, 'entityType'),
    from: textParam(p, 'from'),
    to: textParam(p, 'to'),
    page: intParam(p, 'page') ?? 1,
  };
  return { filters, list: await query(event, (api) => api.audit.list.query(filters)) };
};

export const actions: Actions = {
  verify: async (event) => {
    const r = await attempt(event, (api) => api.audit.verify.query());
    if (!r.ok) return failWith(r.error, { form: 'verify' });
    return { form: 'verify', verification: r.data };
  },
};
