import { MODE_COOKIE, normalizeMode } from '../../../front/mode.js';

const ONE_YEAR = 365 * 24 * 60 * 60;

/**
 * The 适老化 switch is a plain link (`?mode=care` / `?mode=standard`) so it works without
 * JavaScript: it answers with the cookie to set and where to go back to (the same page, without
 * the parameter), or null when the URL asks for no switch.
 */
export function modeSwitch(url: URL): { location: string; cookie: string } | null {
  const requested = url.searchParams.get('mode');
  if (requested === null) return null;
  const back = new URL(url);
  back.searchParams.delete('mode');
  const cookie =
    normalizeMode(requested) === 'care'
      ? `${MODE_COOKIE}=care; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly`
      : `${MODE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`;
  return { location: back.pathname + back.search, cookie };
}
