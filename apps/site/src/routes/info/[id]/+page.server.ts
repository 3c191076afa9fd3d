import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { positiveInt } from '$lib/url.js';

// Views are counted by the front server (server.js) on cache hits and misses alike; this load
// only reads, so a rendered page can be cached and shared.
export const load: PageServerLoad = async (event) => {
  const id = positiveInt(event.params.id);
  if (id === undefined) error(404, '页面不存在');
  return { pub: await need(api(event.getClientAddress()).public.publication.query({ id })) };
};
