import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';
import * as m0001 from './0001-initial.js';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Ordered, frozen list. Append only. */
export const migrations: Migration[] = [{ name: '0001-initial', up: m0001.up }];
