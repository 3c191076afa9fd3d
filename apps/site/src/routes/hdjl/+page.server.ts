import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { exchangeFilters } from '$lib/server/message-desk.js';

/** Published exchanges only: no personal data (the API masks names and numbers), so cacheable. */
export const load: PageServerLoad = async (event) => {
  const filters = exchangeFilters(event.url.searchParams);
  const list = await need(
    api(event.getClientAddress()).messageDesk.list.query({
      q: filters.q || undefined,
      org: filters.org ?? undefined,
      type: filters.type ?? undefined,
      page: filters.page,
    }),
  );
  return { filters, list };
};
