import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { categoryPath } from '$lib/categories.js';
import { api, need } from '$lib/server/api.js';
import { positiveInt } from '$lib/url.js';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
  const { organization } = await event.parent();
  const query = event.url.searchParams;
  const categoryId = positiveInt(query.get('category'));
  const year = positiveInt(query.get('year'));
  const page = positiveInt(query.get('page')) ?? 1;
  const path = categoryId === undefined ? [] : categoryPath(organization.categories, categoryId);
  if (categoryId !== undefined && path.length === 0) error(404, '页面不存在');

  const list = await need(
    api(event.getClientAddress()).public.list.query({
      org: event.params.org,
      categoryId,
      year,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  return { list, categoryId: categoryId ?? null, year: year ?? null, path };
};
