import type { LayoutServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

export const load: LayoutServerLoad = async (event) => ({
  organization: await need(api(event.getClientAddress()).public.organization.query({ org: event.params.org })),
});
