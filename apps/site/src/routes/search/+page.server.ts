import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { positiveInt } from '$lib/url.js';

const MAX_QUERY_LENGTH = 100;

export const load: PageServerLoad = async (event) => {
  const query = event.url.searchParams;
  const q = (query.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const filters = {
    q,
    org: query.get('org') || null,
    categoryId: positiveInt(query.get('category')) ?? null,
    year: positiveInt(query.get('year')) ?? null,
    page: positiveInt(query.get('page')) ?? 1,
  };
  if (!q) return { filters, results: null };
  const results = await need(
    api(event.getClientAddress()).public.search.query({
      q,
      org: filters.org ?? undefined,
      categoryId: filters.categoryId ?? undefined,
      year: filters.year ?? undefined,
      page: filters.page,
    }),
  );
  return { filters, results };
};
