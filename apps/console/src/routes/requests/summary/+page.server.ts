import { query } from '$lib/server/call';
import type { PageServerLoad } from './$types';

/** The year's request figures as the annual report's tables 三 and 四 will use them. */
export const load: PageServerLoad = async (event) => {
  const today = await query(event, (api) => api.auth.today.query());
  const asked = Number(event.url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2008 && asked <= 2200 ? asked : Number(today.slice(0, 4));
  return { summary: await query(event, (api) => api.requests.yearSummary.query({ year })) };
};
