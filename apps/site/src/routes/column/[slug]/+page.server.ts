import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { loadOrganization } from '$lib/server/site.js';
import { positiveInt } from '$lib/url.js';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
  const { frame } = await event.parent();
  const query = event.url.searchParams;
  const org = query.get('org') || undefined;
  const year = positiveInt(query.get('year'));
  const page = positiveInt(query.get('page')) ?? 1;
  const client = api(event.getClientAddress());

  // Columns belong to organizations; without ?org= the API lists the primary organization's.
  const columns = org ? (await need(loadOrganization(event, org))).columns : (frame?.columns ?? []);
  const column = columns.find((c) => c.slug === event.params.slug);
  if (!column) error(404, '页面不存在');

  const list = await need(
    client.public.list.query({ column: event.params.slug, org, year, page, pageSize: PAGE_SIZE }),
  );
  const orgName = org ? (frame?.organizations.find((o) => o.slug === org)?.name ?? null) : null;
  return { column, list, org: org ?? null, orgName, year: year ?? null };
};
