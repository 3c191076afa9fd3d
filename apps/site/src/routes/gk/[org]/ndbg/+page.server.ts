import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';

export const load: PageServerLoad = async (event) => {
  const list = await need(api(event.getClientAddress()).publicReports.list.query({ organization: event.params.org }));
  return { reports: list.organizations.find((org) => org.slug === event.params.org)?.reports ?? [] };
};
