import type { LayoutServerLoad } from './$types';

/**
 * Every page of the desk carries personal data, codes or a one-time bot challenge: never stored by
 * the front server's page cache (it keeps `public` responses only) or by any other cache.
 */
export const load: LayoutServerLoad = ({ setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
};
