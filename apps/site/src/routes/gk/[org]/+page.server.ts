import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

export const load: PageServerLoad = async (event) => ({
  latest: await need(api(event.getClientAddress()).public.list.query({ org: event.params.org, pageSize: 10 })),
});
