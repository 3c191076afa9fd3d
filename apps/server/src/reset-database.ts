import { rm } from 'node:fs/promises';
import { migrateToLatest, type Db } from '@gongkai/db';
import { sql } from 'kysely';

/**
 * Test mode only: drops every table (including the migrator's) and migrates again, so each e2e
 * file starts from exactly what a fresh install plus the demo seed gives. Also empties the files
 * folder, whose contents belong to the dropped rows.
 */
export async function resetDatabase(db: Db, filesDir: string): Promise<void> {
  const tables = await db.db.introspection.getTables({ withInternalKyselyTables: true });
  if (db.dialect === 'sqlite') {
    // Kysely's SQLite dialect uses one connection, so the pragma covers the drops below.
    await sql`pragma foreign_keys = off`.execute(db.db);
    try {
      for (const t of tables) await sql`drop table if exists ${sql.table(t.name)}`.execute(db.db);
    } finally {
      await sql`pragma foreign_keys = on`.execute(db.db);
    }
  } else {
    // Our introspector lists the current schema only (see @gongkai/db's postgres-dialect).
    for (const t of tables)
      await sql`drop table if exists ${sql.table(`${t.schema}.${t.name}`)} cascade`.execute(db.db);
  }
  await rm(filesDir, { recursive: true, force: true });
  await migrateToLatest(db);
}
