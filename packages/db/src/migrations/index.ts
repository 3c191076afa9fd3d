import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-requests.js';
import * as m0003 from './0003-participation.js';
import * as m0004 from './0004-reports.js';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Ordered, frozen list. Append only. */
export const migrations: Migration[] = [
  { name: '0001-initial', up: m0001.up },
  { name: '0002-requests', up: m0002.up },
  { name: '0003-participation', up: m0003.up },
  { name: '0004-reports', up: m0004.up },
];
