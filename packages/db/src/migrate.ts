import { Migrator, type MigrationResultSet } from 'kysely';
import type { Db } from './connect.js';
import { migrations } from './migrations/index.js';

/** Runs every pending migration; Kysely's migrator locks so concurrent starts are safe. */
export async function migrateToLatest({ db, dialect, schema }: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: {
      async getMigrations() {
        return Object.fromEntries(migrations.map((m) => [m.name, { up: (k: typeof db) => m.up(k, dialect) }]));
      },
    },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
