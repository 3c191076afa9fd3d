import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { positiveInt } from '$lib/url.js';

export const load: PageServerLoad = async (event) => {
  const id = positiveInt(event.params.id);
  const revision = positiveInt(event.params.n);
  if (id === undefined || revision === undefined) error(404, '页面不存在');
  return { id, rev: await need(api(event.getClientAddress()).public.revision.query({ id, revision })) };
};
