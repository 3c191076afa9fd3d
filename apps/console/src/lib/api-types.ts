import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@gongkai/api';

/** Shapes of the API (docs/api.md), inferred from the router so they never drift. Types only. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Me = RouterOutputs['auth']['me'];
export type Org = RouterOutputs['organizations']['mine'];
export type Category = RouterOutputs['categories']['list'][number];
export type Column = RouterOutputs['columns']['list'][number];
export type StaffPub = RouterOutputs['publications']['list']['items'][number];
export type StaffPublication = RouterOutputs['publications']['get'];
export type PublicationInput = RouterInputs['publications']['create'];
export type PiiHit = RouterOutputs['publications']['piiHits']['hits'][number];
export type UserRow = RouterOutputs['users']['list'][number];
export type AuditRow = RouterOutputs['audit']['list']['items'][number];
