import { PUBLICATION_STATUSES, type PublicationStatus } from '@gongkai/domain';
import { query } from '$lib/server/call';
import { intParam, textParam } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const rawStatus = params.get('status');
  const status = (PUBLICATION_STATUSES as readonly string[]).includes(rawStatus ?? '')
    ? (rawStatus as PublicationStatus)
    : undefined;
  const filters = {
    status,
    q: textParam(params, 'q'),
    categoryId: intParam(params, 'categoryId'),
    columnId: intParam(params, 'columnId'),
    year: intParam(params, 'year'),
    page: intParam(params, 'page') ?? 1,
  };
  const [list, categories, columns] = await Promise.all([
    query(event, (api) => api.publications.list.query(filters)),
    query(event, (api) => api.categories.list.query()),
    query(event, (api) => api.columns.list.query()),
  ]);
  return { list, categories, columns, filters };
};
