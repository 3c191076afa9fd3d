import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

/** Every organization's hotline, from organization data (changes with the content version). */
export const load: PageServerLoad = async (event) => ({
  hotlines: await need(api(event.getClientAddress()).messageDesk.hotlines.query()),
});
