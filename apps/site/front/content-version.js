// @ts-check
/**
 * Request header through which the front server tells the SvelteKit app the content version it
 * last saw, so the app can keep data that only changes with it (src/lib/server/by-version.ts).
 * Only the front server sets it: a visitor's own value is always removed.
 */
export const CONTENT_VERSION_HEADER = 'x-gongkai-content-version';
