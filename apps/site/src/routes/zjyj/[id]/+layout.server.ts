import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { consultationPage } from '$lib/server/consultation-view.js';
import { positiveInt } from '$lib/url.js';

/**
 * One consultation, for its page and the pages below it. They carry a one-time bot challenge or a
 * new comment's code, and the page changes with the day (time left, the form closing): never
 * stored by the front server's page cache (it keeps `public` responses only) or any other cache.
 */
export const load: LayoutServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const id = positiveInt(event.params.id);
  if (id === undefined) error(404, '页面不存在');
  const view = await need(api(event.getClientAddress()).consultationDesk.get.query({ id }));
  return { consultation: consultationPage(view) };
};
