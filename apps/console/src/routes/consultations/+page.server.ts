import { query } from '$lib/server/call';
import { consultationListFilters } from '$lib/server/consultation-input';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const filters = consultationListFilters(event.url.searchParams);
  const list = await query(event, (api) => api.consultations.list.query(filters));
  return { list, filters };
};
