import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@gongkai/api';
import { env } from './env.js';

/**
 * A tRPC client for one console request. The internal token proves the call comes from this
 * server; the session token is the signed-in official's; the client address goes to rate limits
 * and the audit log.
 */
export function createApi(sessionToken?: string, clientIp?: string) {
  const { apiUrl, internalToken } = env();
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${apiUrl}/trpc`,
        headers: () => ({
          'x-internal-token': internalToken,
          ...(sessionToken ? { 'x-session-token': sessionToken } : {}),
          ...(clientIp ? { 'x-client-ip': clientIp } : {}),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApi>;
