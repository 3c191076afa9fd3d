import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { positiveInt } from '$lib/url.js';

/** One published exchange; an unpublished or unknown one is a plain 404. Public and cacheable. */
export const load: PageServerLoad = async (event) => {
  const id = positiveInt(event.params.id);
  if (id === undefined) error(404, '页面不存在');
  return { exchange: await need(api(event.getClientAddress()).messageDesk.get.query({ id })) };
};
