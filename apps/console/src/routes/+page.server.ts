import { CONTENT_ROLES, hasRole } from '@gongkai/domain';
import { query } from '$lib/server/call';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = event.locals.user!;
  // Platform administrators (三员) have no content, so they get only their shortcuts.
  const summary = hasRole(user, ...CONTENT_ROLES) ? await query(event, (api) => api.dashboard.summary.query()) : null;
  return { summary, passwordChanged: event.url.searchParams.has('passwordChanged') };
};
