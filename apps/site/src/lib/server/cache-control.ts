/**
 * Public pages and data: shared caches may keep them but must revalidate (the hook adds an ETag),
 * and the front server keeps them until the content version changes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
