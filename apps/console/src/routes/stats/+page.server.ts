import { error } from '@sveltejs/kit';
import { attempt, query } from '$lib/server/call';
import { statsFilters, statsQuery } from './filters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const today = await query(event, (api) => api.auth.today.query());
  const filters = statsFilters(event.url.searchParams, today);
  const r = await attempt(event, (api) => api.stats.overview.query(filters));
  if (r.ok) return { stats: r.data, filters, problem: null, query: statsQuery(filters) };
  if (r.error.status !== 400)
    error(r.error.status >= 400 && r.error.status <= 599 ? r.error.status : 500, r.error.message);
  // A period the API refuses (ends before it starts, longer than ten years): the message beside
  // the typed dates, and the charts of the default period of the same organization below.
  const fallback = statsFilters(new URLSearchParams(), today);
  const fallbackFilters = { ...fallback, organizationId: filters.organizationId, compare: filters.compare };
  const stats = await query(event, (api) => api.stats.overview.query(fallbackFilters));
  return {
    stats,
    filters,
    problem: { message: r.error.message, fieldErrors: r.error.fieldErrors },
    query: statsQuery(fallbackFilters),
  };
};
