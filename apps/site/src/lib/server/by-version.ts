import { CONTENT_VERSION_HEADER } from '../../../front/content-version.js';

/** Distinct keys kept per version (organizations × a few kinds of data): a bound, not a tuning knob. */
const MAX_ENTRIES = 200;

/**
 * Keeps data that only changes with the content version — the organizations, an organization's
 * catalogue tree and columns, which every page's layout needs — for the version the front server
 * last saw (the request header it sets). Concurrent misses share one API call; a failed call is
 * not kept. Without the header (dev server, no front server in front) every call loads.
 */
export function createVersionCache(maxEntries = MAX_ENTRIES) {
  let version: string | null = null;
  const entries = new Map<string, Promise<unknown>>();

  return function byVersion<T>(request: Pick<Request, 'headers'>, key: string, load: () => Promise<T>): Promise<T> {
    const current = request.headers.get(CONTENT_VERSION_HEADER);
    if (current === null) return load();
    if (current !== version) {
      version = current;
      entries.clear();
    }
    const kept = entries.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    const loading = load();
    entries.set(key, loading);
    loading.catch(() => {
      if (entries.get(key) === loading) entries.delete(key);
    });
    return loading;
  };
}

export const byVersion = createVersionCache();
