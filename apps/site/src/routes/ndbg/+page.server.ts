import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

export const load: PageServerLoad = async (event) => ({
  list: await need(api(event.getClientAddress()).publicReports.list.query({})),
});
