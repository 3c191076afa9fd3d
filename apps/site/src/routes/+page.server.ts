import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

export const load: PageServerLoad = async (event) => ({
  home: await need(api(event.getClientAddress()).public.home.query()),
});
