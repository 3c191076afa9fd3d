import { CONTENT_ROLES, hasRole } from '@gongkai/domain';
import { query } from '$lib/server/call';
import type { PageServerLoad } from './$types';

/** Those who answer for messages (the roles of `messages.warnings`) see the ones waiting too long. */
const MESSAGE_WARNING_ROLES = ['interaction_officer', 'org_admin', 'office_head'] as const;

export const load: PageServerLoad = async (event) => {
  const user = event.locals.user!;
  // Platform administrators (三员) have no content, so they get only their shortcuts.
  const [summary, messageWarnings] = await Promise.all([
    hasRole(user, ...CONTENT_ROLES) ? query(event, (api) => api.dashboard.summary.query()) : null,
    hasRole(user, ...MESSAGE_WARNING_ROLES) ? query(event, (api) => api.messages.warnings.query()) : null,
  ]);
  return { summary, messageWarnings, passwordChanged: event.url.searchParams.has('passwordChanged') };
};
