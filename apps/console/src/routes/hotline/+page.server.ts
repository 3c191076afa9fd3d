import { mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { chosenId } from '$lib/server/message-input';
import { text } from '$lib/server/requests-input';
import { isoToShanghaiLocal } from '$lib/shanghai-time';
import { hotlineFilters } from './filters';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const now = new Date();
  const { list: filters, year } = hotlineFilters(event.url.searchParams, now);
  const [list, stats] = await Promise.all([
    query(event, (api) => api.hotline.list.query(filters)),
    query(event, (api) => api.hotline.stats.query({ year })),
  ]);
  // The time of a call being logged defaults to now, Shanghai wall-clock time for datetime-local.
  return { list, stats, filters, now: isoToShanghaiLocal(now.toISOString()) };
};

export const actions: Actions = {
  // The number goes to the API as typed: it is masked there before anything is stored.
  log: async (event) => {
    const v = await formFields(event.request);
    const input = { calledAt: text(v.calledAt), caller: text(v.caller), topic: text(v.topic), answer: text(v.answer) };
    return mutate(event, 'log', (api) => api.hotline.log.mutate(input), '来电已登记', v);
  },

  remove: async (event) => {
    const v = await formFields(event.request);
    const id = chosenId(v.id);
    return mutate(event, 'remove', (api) => api.hotline.remove.mutate({ id }), '已删除该来电记录');
  },
};
