import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { consultationFilters } from '$lib/server/consultation-desk.js';
import { cardState } from '$lib/server/consultation-view.js';

export const load: PageServerLoad = async (event) => {
  const filters = consultationFilters(event.url.searchParams);
  const list = await need(
    api(event.getClientAddress()).consultationDesk.list.query({
      org: filters.org ?? undefined,
      phase: filters.phase ?? undefined,
      page: filters.page,
    }),
  );
  // The cards say 剩余N天 and move from open to closed at midnight, with no change of the content
  // version that empties the front server's page cache: never kept there (it stores `public` only).
  event.setHeaders({ 'cache-control': 'no-cache' });
  return { filters, list: { ...list, items: list.items.map((card) => ({ ...card, state: cardState(card) })) } };
};
