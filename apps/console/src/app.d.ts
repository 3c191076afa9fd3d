import type { Me } from '$lib/api-types';
import type { ApiClient } from '$lib/server/api';
import type { ApiError } from '$lib/server/api-error';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** A tRPC client carrying this request's session token and client address. */
      api: ApiClient;
      /** The signed-in official, verified with `auth.me` on every request. */
      user: Me | null;
      /** Why the session could not be checked (API unreachable), if so. */
      authError: ApiError | null;
    }
  }
}

export {};
