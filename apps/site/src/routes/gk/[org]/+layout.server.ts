import type { LayoutServerLoad } from './$types';
import { need } from '$lib/server/api.js';
import { loadOrganization } from '$lib/server/site.js';

export const load: LayoutServerLoad = async (event) => ({
  organization: await need(loadOrganization(event, event.params.org)),
});
