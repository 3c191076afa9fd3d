// @ts-check

/** The only cookie the public site sets: the visitor's display mode (适老化 or standard). */
export const MODE_COOKIE = 'gk_mode';

/** @typedef {'standard' | 'care'} DisplayMode */

/**
 * Any value other than `care` means the standard mode, so a forged cookie cannot multiply the
 * page cache's keys.
 *
 * @param {string | null | undefined} value
 * @returns {DisplayMode}
 */
export function normalizeMode(value) {
  return value === 'care' ? 'care' : 'standard';
}

/**
 * The mode cookie's value from a raw `Cookie` header.
 *
 * @param {string | undefined} header
 * @returns {DisplayMode}
 */
export function modeFromCookieHeader(header) {
  if (!header) return 'standard';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === MODE_COOKIE) {
      return normalizeMode(part.slice(eq + 1).trim());
    }
  }
  return 'standard';
}
