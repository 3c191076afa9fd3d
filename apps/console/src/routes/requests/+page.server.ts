import { query } from '$lib/server/call';
import { caseListFilters } from '$lib/server/requests-input';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const filters = caseListFilters(event.url.searchParams);
  const list = await query(event, (api) => api.requests.list.query(filters));
  return { list, filters };
};
