import { query } from '$lib/server/call';
import { messageListFilters } from '$lib/server/message-input';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const filters = messageListFilters(event.url.searchParams);
  const list = await query(event, (api) => api.messages.list.query(filters));
  // Set by the transfer action: the message has left this organization, so its page is gone.
  return { list, filters, transferred: event.url.searchParams.has('transferred') };
};
