import { error } from '@sveltejs/kit';
import { navFor } from '$lib/nav';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
  if (!locals.user && locals.authError && url.pathname !== '/login') error(503, locals.authError.message);
  const user = locals.user;
  return {
    user: user
      ? {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          roles: user.roles,
          orgName: user.organization?.name ?? null,
        }
      : null,
    nav: user ? navFor(user) : [],
  };
};
