import { query } from '$lib/server/call';
import { statsFilters } from './filters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const today = await query(event, (api) => api.auth.today.query());
  const filters = statsFilters(event.url.searchParams, today);
  const stats = await query(event, (api) => api.stats.overview.query(filters));
  return { stats, filters, query: event.url.searchParams.toString() };
};
