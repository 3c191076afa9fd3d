import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { verifyPassword } from '@gongkai/api';
import { auditRepo } from '@gongkai/db';
import { verifyAuditChain } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, openDb, tempDataDir, testConfig } from './testing/fixture.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const data = tempDataDir();
const config = testConfig(data.dir);

async function gongkai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, GONGKAI_DATA_DIR: data.dir, GONGKAI_MODE: 'production', DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const db = await openDb(config);
  await addStaff(db);
  await db.destroy();
});
afterAll(() => data.remove());

async function user(username: string) {
  const db = await openDb(config);
  try {
    return await db.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  } finally {
    await db.destroy();
  }
}

/** The actions in the audit log, after checking that the CLI's entries keep the chain intact. */
async function auditActions() {
  const db = await openDb(config);
  try {
    const rows = await db.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const chain = rows.map(auditRepo.toChainEntry);
    expect(verifyAuditChain(chain)).toEqual({ ok: true, checked: rows.length });
    return rows.map((r) => r.action);
  } finally {
    await db.destroy();
  }
}

describe('gongkai CLI', () => {
  it('prints help, and refuses unknown commands and options', async () => {
    const help = await gongkai('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('create-admin --username U --password P');
    expect((await gongkai('frobnicate')).code).toBe(2);
    expect((await gongkai('unlock', '--user', 'x')).code).toBe(2);
  });

  it('migrates (production mode needs no secrets for it)', async () => {
    const res = await gongkai('migrate');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('up to date');
  });

  it('creates the first administrator, checking the password and the role', async () => {
    const weak = await gongkai('create-admin', '--username', 'root', '--password', 'short');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Password rejected');
    expect(
      (await gongkai('create-admin', '--username', 'root', '--password', 'Str0ngPassw0rd', '--role', 'editor')).code,
    ).toBe(1);
    const noOrg = await gongkai(
      'create-admin',
      '--username',
      'oa',
      '--password',
      'Str0ngPassw0rd',
      '--role',
      'org_admin',
    );
    expect(noOrg.stderr).toContain('--org is required');

    const ok = await gongkai('create-admin', '--username', 'root', '--password', 'Str0ngPassw0rd');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Created sys_admin "root"');
    const root = await user('root');
    expect(root).toMatchObject({ organization_id: null, roles: JSON.stringify(['sys_admin']) });
    expect(await verifyPassword('Str0ngPassw0rd', root!.password_hash)).toBe(true);

    const again = await gongkai('create-admin', '--username', 'root', '--password', 'Str0ngPassw0rd');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');

    const orgAdmin = await gongkai(
      'create-admin',
      '--username',
      'oa',
      '--password',
      'Str0ngPassw0rd',
      '--role',
      'org_admin',
      '--org',
      'mianyang',
    );
    expect(orgAdmin.code).toBe(0);
    expect((await user('oa'))?.organization_id).not.toBeNull();
    expect(await auditActions()).toContain('user.create');
  });

  it('unlocks an account and resets a password, with audit entries', async () => {
    const db = await openDb(config);
    await db.db
      .updateTable('users')
      .set({ failed_logins: 5, locked_until: new Date(Date.now() + 600_000).toISOString() })
      .where('username', '=', 'editor1')
      .execute();
    await db.destroy();

    const unlocked = await gongkai('unlock', '--username', 'editor1');
    expect(unlocked.code).toBe(0);
    expect(await user('editor1')).toMatchObject({ failed_logins: 0, locked_until: null });

    const reset = await gongkai('reset-password', '--username', 'editor1', '--password', 'NewPassw0rd2026');
    expect(reset.code).toBe(0);
    const editor = await user('editor1');
    expect(editor?.must_change_password).toBe(1);
    expect(await verifyPassword('NewPassw0rd2026', editor!.password_hash)).toBe(true);
    expect((await auditActions()).slice(-2)).toEqual(['user.unlock', 'user.reset_password']);

    const missing = await gongkai('unlock', '--username', 'nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No user named "nobody"');
  });

  it('refuses to seed the demo into a database that has data', async () => {
    const res = await gongkai('seed-demo');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('already has data');
  });
});
