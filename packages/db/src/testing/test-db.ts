import { randomBytes } from 'node:crypto';
import { connect, createPostgresSchema, dropPostgresSchema, type Db } from '../connect.js';
import { migrateToLatest } from '../migrate.js';

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  /** A migrated, empty database of its own. */
  open(): Promise<Db>;
  /** A database of its own with no tables (migration tests run the steps themselves). */
  openBare(): Promise<Db>;
}

/**
 * The dialects every repository and API test runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. In CI the variable is required so a PostgreSQL suite never
 * silently skips.
 */
export function testDialects(): TestDialect[] {
  const list: TestDialect[] = [
    {
      name: 'sqlite',
      open: () => migrated(connect({ url: ':memory:' })),
      openBare: async () => connect({ url: ':memory:' }),
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    list.push({
      name: 'postgres',
      open: async () => migrated(await openPostgres(url)),
      openBare: () => openPostgres(url),
    });
  else if (process.env.CI) throw new Error('TEST_DATABASE_URL must be set in CI');
  return list;
}

async function migrated(db: Db): Promise<Db> {
  await migrateToLatest(db);
  return db;
}

async function openPostgres(url: string): Promise<Db> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await createPostgresSchema(url, schema);
  const db = connect({ url, schema, poolSize: 4 });
  return {
    ...db,
    async destroy() {
      await db.destroy();
      await dropPostgresSchema(url, schema);
    },
  };
}
