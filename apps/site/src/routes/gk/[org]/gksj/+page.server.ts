import type { PageServerLoad } from './$types';
import { shanghaiYear } from '@gongkai/domain';
import { api, need } from '$lib/server/api.js';
import { yearParam } from '$lib/url.js';

export const load: PageServerLoad = async (event) => {
  const stats = await need(
    api(event.getClientAddress()).publicReports.stats.query({
      organization: event.params.org,
      year: yearParam(event.url.searchParams.get('year')),
    }),
  );
  // The current year's figures grow with every request, view and message, none of which changes
  // the content version that empties the front server's page cache: never kept there (it stores
  // `public` only). Past years are settled and cached like other pages.
  if (stats.year >= shanghaiYear(new Date())) event.setHeaders({ 'cache-control': 'no-cache' });
  return { stats };
};
