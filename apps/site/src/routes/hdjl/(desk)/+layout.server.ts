import type { LayoutServerLoad } from './$types';

/**
 * Writing, the one-time receipt and the writer's own page carry a one-time bot challenge, codes
 * or personal data: never stored by the front server's page cache (it keeps `public` responses
 * only) or by any other cache. The published exchanges beside this group stay public.
 */
export const load: LayoutServerLoad = ({ setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
};
