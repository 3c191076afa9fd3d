#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { appendAudit, createUser, hashPassword, SYSTEM_ACTOR } from '@gongkai/api';
import {
  connect,
  createJiebaSegmenter,
  createLocalFileStorage,
  migrateToLatest,
  organizationsRepo,
  sessionsRepo,
  usersRepo,
  type Db,
} from '@gongkai/db';
import { checkPasswordStrength, checkRoleSet, isPlatformRole, type Role } from '@gongkai/domain';
import { TRPCError } from '@trpc/server';
import { isEmptyDatabase, seedDemoIfEmpty } from './demo.js';
import { ConfigError, loadConfig, loadStorageConfig, type StorageConfig } from './env.js';

/**
 * The operator's command line: `node apps/server/dist/cli.js <command>` or `pnpm gongkai <command>`.
 * It reads the same environment as the server (GONGKAI_DATA_DIR, DATABASE_URL, …).
 */
const HELP = `Usage: gongkai <command> [options]

Commands:
  migrate                          Create or upgrade the database schema.
  create-admin --username U --password P [--role ROLE] [--org SLUG] [--display-name NAME]
                                   Create an administrator account. ROLE is one of
                                   sys_admin (default), security_admin, audit_admin, org_admin;
                                   org_admin needs --org (the organization's slug).
  seed-demo [--if-empty]           Fill an empty database with the demo data and print the accounts.
                                   With --if-empty a database that has data is left alone quietly.
  reset-password --username U --password P
                                   Set a new password (the user must change it at next login),
                                   clear the lockout and end the user's sessions.
  unlock --username U              Clear a lockout after repeated failed logins.
  help                             Show this help.

Environment: GONGKAI_DATA_DIR (default ./data), DATABASE_URL (default <data>/gongkai.sqlite),
GONGKAI_MODE. Passwords: at least 10 characters with letters and digits.`;

const ADMIN_ROLES = ['sys_admin', 'security_admin', 'audit_admin', 'org_admin'] as const;
type AdminRole = (typeof ADMIN_ROLES)[number];

/** Refusals the operator can fix; printed without a stack trace. */
class UsageError extends Error {}

type Options = Record<string, string | boolean | undefined>;

function text(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

function optionalText(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function checkPassword(password: string): void {
  const weak = checkPasswordStrength(password);
  // The domain explains in Chinese; the operator gets the rule in English too.
  if (weak) throw new UsageError(`Password rejected: ${weak} (at least 10 characters, letters and digits)`);
}

async function withDb<T>(config: StorageConfig, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = connect({ url: config.databaseUrl });
  try {
    await migrateToLatest(db);
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

async function findUser(db: Db, username: string) {
  const user = await usersRepo.findByUsername(db.db, username);
  if (!user) throw new UsageError(`No user named "${username}"`);
  return user;
}

const commands: Record<string, (config: StorageConfig, options: Options) => Promise<void>> = {
  async migrate(config) {
    const db = connect({ url: config.databaseUrl });
    try {
      const result = await migrateToLatest(db);
      const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await db.destroy();
    }
  },

  async 'create-admin'(config, options) {
    const username = text(options, 'username');
    const password = text(options, 'password');
    const role = (optionalText(options, 'role') ?? 'sys_admin') as AdminRole;
    if (!ADMIN_ROLES.includes(role)) throw new UsageError(`--role must be one of ${ADMIN_ROLES.join(', ')}`);
    const slug = optionalText(options, 'org');
    if (role === 'org_admin' && !slug) throw new UsageError('--org is required for org_admin');
    // Platform administrators serve every organization and belong to none.
    if (isPlatformRole(role) && slug) throw new UsageError(`--org does not apply to ${role}`);
    checkPassword(password);
    const roles: Role[] = [role];
    const roleCheck = checkRoleSet(roles);
    if (!roleCheck.ok) throw new UsageError(roleCheck.message);
    await withDb(config, async (db) => {
      let organizationId: number | null = null;
      if (slug) {
        const org = await organizationsRepo.findBySlug(db.db, slug);
        if (!org) throw new UsageError(`No organization with slug "${slug}"`);
        organizationId = org.id;
      }
      if (await usersRepo.findByUsername(db.db, username))
        throw new UsageError(`A user named "${username}" already exists`);
      const id = await createUser(db, {
        organizationId,
        username,
        displayName: optionalText(options, 'display-name') ?? username,
        password,
        roles,
      });
      console.log(`Created ${role} "${username}" (id ${id})${slug ? ` in ${slug}` : ''}.`);
    });
  },

  async 'seed-demo'(config, options) {
    await withDb(config, async (db) => {
      if (!(await isEmptyDatabase(db))) {
        if (options['if-empty'] === true) return;
        throw new UsageError('The database already has data; seed-demo only fills an empty one.');
      }
      // The demo's request cases seal applicants' data: seeding needs the data key too.
      const { dataKey } = loadConfig().secrets;
      const table = await seedDemoIfEmpty({
        db,
        files: createLocalFileStorage(config.filesDir),
        segmenter: createJiebaSegmenter(),
        clock: () => new Date(),
        dataKey,
      });
      if (!table) {
        if (options['if-empty'] === true) return;
        throw new UsageError('The database already has data; seed-demo only fills an empty one.');
      }
      console.log(`Seeded the demo data. Demo accounts:\n\n${table}`);
    });
  },

  async 'reset-password'(config, options) {
    const username = text(options, 'username');
    const password = text(options, 'password');
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await withDb(config, async (db) => {
      const user = await findUser(db, username);
      const at = new Date().toISOString();
      await db.db.transaction().execute(async (trx) => {
        await usersRepo.update(trx, user.id, {
          password_hash: passwordHash,
          must_change_password: 1,
          failed_logins: 0,
          locked_until: null,
          password_changed_at: at,
          updated_at: at,
        });
        await sessionsRepo.removeForUser(trx, user.id);
        await appendAudit(trx, {
          at,
          actor: SYSTEM_ACTOR,
          detail: { via: 'cli' },
          organizationId: user.organization_id,
          action: 'user.reset_password',
          entityType: 'user',
          entityId: user.id,
          summary: `通过命令行重置用户 ${user.username} 的密码`,
        });
      });
      console.log(`Password of "${username}" reset; the user must change it at the next login.`);
    });
  },

  async unlock(config, options) {
    const username = text(options, 'username');
    await withDb(config, async (db) => {
      const user = await findUser(db, username);
      const at = new Date().toISOString();
      await db.db.transaction().execute(async (trx) => {
        await usersRepo.update(trx, user.id, { failed_logins: 0, locked_until: null, updated_at: at });
        await appendAudit(trx, {
          at,
          actor: SYSTEM_ACTOR,
          detail: { via: 'cli' },
          organizationId: user.organization_id,
          action: 'user.unlock',
          entityType: 'user',
          entityId: user.id,
          summary: `通过命令行解除用户 ${user.username} 的锁定`,
        });
      });
      console.log(`"${username}" unlocked.`);
    });
  },

  async help() {
    console.log(HELP);
  },
};

export async function runCli(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  const run = commands[command === '--help' || command === '-h' ? 'help' : command];
  if (!run) {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: {
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        org: { type: 'string' },
        'display-name': { type: 'string' },
        'if-empty': { type: 'boolean' },
      },
      strict: true,
    });
    await run(loadStorageConfig(), values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof TRPCError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    console.error(error);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
