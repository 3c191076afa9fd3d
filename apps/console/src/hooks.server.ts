import { redirect, type Handle } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { toApiError } from '$lib/server/api-error';
import { SESSION_COOKIE, clearSession, loginUrl } from '$lib/server/session';

const PUBLIC_PATHS = new Set(['/login']);
/** Where an official whose password must be changed may still go. */
const PASSWORD_CHANGE_PATHS = new Set(['/account/password', '/logout']);

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE);
  event.locals.api = createApi(token, event.getClientAddress());
  event.locals.user = null;
  event.locals.authError = null;

  if (token) {
    try {
      event.locals.user = await event.locals.api.auth.me.query();
    } catch (err) {
      const e = toApiError(err);
      if (e.code === 'UNAUTHORIZED') clearSession(event.cookies, event.url);
      // Anything else (API down) is not a reason to drop the session; the layout shows the error.
      else event.locals.authError = e;
    }
  }

  if (!event.locals.user && !event.locals.authError && !PUBLIC_PATHS.has(event.url.pathname)) {
    redirect(303, loginUrl(event.url));
  }
  if (event.locals.user?.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(event.url.pathname)) {
    redirect(303, '/account/password');
  }
  return resolve(event);
};
