import type { Kysely } from 'kysely';
import { usersRepo, type Database, type Db } from '@gongkai/db';
import { checkPasswordStrength, checkRoleSet, ROLE_LABELS, type Role } from '@gongkai/domain';
import { appendAudit, SYSTEM_ACTOR, type AuditActor } from './audit.js';
import { fieldError } from './errors.js';
import { hashPassword } from './passwords.js';

export interface NewUser {
  organizationId: number | null;
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  /** Set when an administrator chose the password: the user replaces it at first login. */
  mustChangePassword?: boolean;
}

/** A user checked (三员分立, password policy) and with the password hashed, ready to insert. */
export interface PreparedUser extends Omit<NewUser, 'password'> {
  passwordHash: string;
}

/** Checks and hashes outside any transaction (scrypt takes tens of milliseconds). */
export async function prepareUser(user: NewUser): Promise<PreparedUser> {
  const roleCheck = checkRoleSet(user.roles);
  if (!roleCheck.ok) throw fieldError('roles', roleCheck.message);
  const weak = checkPasswordStrength(user.password);
  if (weak) throw fieldError('password', weak);
  const { password, ...rest } = user;
  return { ...rest, passwordHash: await hashPassword(password) };
}

/** Creates a staff account with its audit entry, inside `trx`; a taken username is a field error. */
export async function insertUser(
  trx: Kysely<Database>,
  user: PreparedUser,
  actor: AuditActor,
  now: Date,
): Promise<number> {
  if (await usersRepo.findByUsername(trx, user.username)) throw fieldError('username', '用户名已存在');
  const at = now.toISOString();
  const id = await usersRepo.insert(trx, {
    organization_id: user.organizationId,
    username: user.username,
    display_name: user.displayName,
    password_hash: user.passwordHash,
    roles: JSON.stringify(user.roles),
    must_change_password: user.mustChangePassword ? 1 : 0,
    password_changed_at: at,
    created_at: at,
    updated_at: at,
  });
  await appendAudit(trx, {
    at,
    actor,
    organizationId: user.organizationId,
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    summary: `新建用户 ${user.username}（${user.displayName}），角色：${user.roles.map((r) => ROLE_LABELS[r]).join('、')}`,
    detail: { username: user.username, roles: user.roles },
  });
  return id;
}

/** For the CLI and the demo seeder: creates a user in its own transaction, audited as 系统. */
export async function createUser(db: Db, user: NewUser, now = new Date()): Promise<number> {
  const prepared = await prepareUser(user);
  return db.db.transaction().execute((trx) => insertUser(trx, prepared, SYSTEM_ACTOR, now));
}
