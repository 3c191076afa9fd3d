import type { Kysely, Transaction } from 'kysely';
import type { Database, SearchDb } from '@gongkai/db';
import type { ApiDeps } from './context.js';

/** Runs `fn` in one transaction: the change and its audit entry commit together or not at all. */
export function inTx<T>(deps: Pick<ApiDeps, 'db'>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return deps.db.db.transaction().execute(fn);
}

/** The search module's view of a transaction. */
export const searchDbOf = (deps: ApiDeps, trx: Kysely<Database>): SearchDb => ({ db: trx, dialect: deps.db.dialect });
