import { query } from '$lib/server/call';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  templates: await query(event, (api) => api.letterTemplates.list.query()),
});
