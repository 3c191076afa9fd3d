import { error } from '@sveltejs/kit';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@gongkai/api';
import { apiUrl, internalToken } from './env.js';

/** A tRPC client for one visitor's request; the visitor's address goes along for rate limits. */
export function api(clientIp?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${apiUrl}/trpc`,
        headers: () => ({
          'x-internal-token': internalToken(),
          ...(clientIp ? { 'x-client-ip': clientIp } : {}),
        }),
      }),
    ],
  });
}

/**
 * Awaits an API call for a page: an unknown or malformed id becomes the 404 page, anything else
 * (API down, a bug) the 500 page, with the cause in the server log only.
 */
export async function need<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (cause) {
    if (cause instanceof TRPCClientError) {
      const code = (cause.data as { code?: string } | undefined)?.code;
      if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') error(404, '页面不存在');
    }
    console.error('[site] API call failed', cause);
    error(500, '服务暂时不可用');
  }
}
