import { TRPCError } from '@trpc/server';
import { organizationsRepo, sessionsRepo, usersRepo } from '@gongkai/db';
import { checkPasswordStrength, checkRoleSet, hasRole, isPlatformRole, ROLE_LABELS, type Role } from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf } from '../authz.js';
import { fieldError, forbidden, notFound } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { byId, resetPasswordInput, userCreateInput, userUpdateInput } from '../schemas/users.js';
import { parseRoles, type StaffUser } from '../sessions.js';
import { toOrg, type Org } from '../shapes.js';
import { requireRoles, router } from '../trpc.js';
import { inTx } from '../tx.js';
import { insertUser, prepareUser } from '../users.js';

/** Who manages accounts: the security administrator (all) and organization admins (their own). */
const userAdmin = requireRoles('security_admin', 'org_admin');

const isSecurityAdmin = (user: StaffUser) => hasRole(user, 'security_admin');

/** Organization admins grant content roles only, and only in their own organization. */
function checkGrant(user: StaffUser, roles: readonly Role[], organizationId: number | null) {
  if (isSecurityAdmin(user)) return;
  if (roles.some(isPlatformRole)) throw fieldError('roles', '单位管理员不能授予系统管理员、安全管理员或审计管理员角色');
  if (organizationId !== user.organizationId) throw forbidden('只能管理本单位的用户');
}

/** A user the caller may manage; others are reported as missing. */
async function managedUser(q: Parameters<typeof usersRepo.findById>[0], caller: StaffUser, id: number) {
  const user = await usersRepo.findById(q, id);
  if (
    !user ||
    (!isSecurityAdmin(caller) && (user.organization_id === null || user.organization_id !== caller.organizationId))
  ) {
    throw notFound('用户不存在或无权访问');
  }
  return user;
}

export interface UserListItem {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organization: Org | null;
  locked: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
}

export const usersRouter = router({
  list: userAdmin.query(async ({ ctx }): Promise<UserListItem[]> => {
    const q = ctx.deps.db.db;
    const scope = isSecurityAdmin(ctx.user) ? undefined : (ctx.user.organizationId ?? -1);
    const [users, orgs] = await Promise.all([usersRepo.list(q, scope), organizationsRepo.list(q)]);
    const orgById = new Map(orgs.map((o) => [o.id, toOrg(o)]));
    const now = ctx.deps.clock().toISOString();
    return users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      roles: parseRoles(u.roles),
      organization: u.organization_id === null ? null : (orgById.get(u.organization_id) ?? null),
      locked: u.locked_until !== null && u.locked_until > now,
      disabled: u.disabled === 1,
      mustChangePassword: u.must_change_password === 1,
    }));
  }),

  create: userAdmin.input(userCreateInput).mutation(async ({ ctx, input }) => {
    const organizationId = isSecurityAdmin(ctx.user) ? (input.organizationId ?? null) : ctx.user.organizationId;
    checkGrant(ctx.user, input.roles, organizationId);
    if (organizationId === null && input.roles.some((r) => !isPlatformRole(r))) {
      throw fieldError('organizationId', '业务角色的用户必须属于一个单位');
    }
    const prepared = await prepareUser({ ...input, organizationId, mustChangePassword: true });
    const id = await inTx(ctx.deps, async (trx) => {
      if (organizationId !== null && !(await organizationsRepo.findById(trx, organizationId))) {
        throw fieldError('organizationId', '所属单位不存在');
      }
      return insertUser(trx, prepared, actorOf(ctx.user), ctx.deps.clock());
    });
    return { id };
  }),

  update: userAdmin.input(userUpdateInput).mutation(async ({ ctx, input }) => {
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      const user = await managedUser(trx, ctx.user, input.id);
      checkGrant(ctx.user, input.roles, user.organization_id);
      const check = checkRoleSet(input.roles);
      if (!check.ok) throw fieldError('roles', check.message);
      if (user.organization_id === null && input.roles.some((r) => !isPlatformRole(r))) {
        throw fieldError('roles', '业务角色的用户必须属于一个单位');
      }
      if (input.id === ctx.user.id && (input.disabled || !input.roles.some((r) => ctx.user.roles.includes(r)))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '不能停用自己或取消自己的管理角色' });
      }
      await usersRepo.update(trx, user.id, {
        display_name: input.displayName,
        roles: JSON.stringify(input.roles),
        disabled: input.disabled ? 1 : 0,
        updated_at: at,
      });
      if (input.disabled) await sessionsRepo.removeForUser(trx, user.id);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId: user.organization_id,
        action: 'user.update',
        entityType: 'user',
        entityId: user.id,
        summary: `修改用户 ${user.username}：角色 ${input.roles.map((r) => ROLE_LABELS[r]).join('、')}${input.disabled ? '，已停用' : ''}`,
        detail: {
          from: { roles: parseRoles(user.roles), disabled: user.disabled === 1 },
          to: { roles: input.roles, disabled: input.disabled },
        },
      });
    });
    return { ok: true as const };
  }),

  unlock: userAdmin.input(byId).mutation(async ({ ctx, input }) => {
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      const user = await managedUser(trx, ctx.user, input.id);
      await usersRepo.update(trx, user.id, { failed_logins: 0, locked_until: null, updated_at: at });
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId: user.organization_id,
        action: 'user.unlock',
        entityType: 'user',
        entityId: user.id,
        summary: `解除用户 ${user.username} 的锁定`,
      });
    });
    return { ok: true as const };
  }),

  /** The user must choose a new password at next login; their sessions end now. */
  resetPassword: userAdmin.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    const weak = checkPasswordStrength(input.password);
    if (weak) throw fieldError('password', weak);
    const passwordHash = await hashPassword(input.password);
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      const user = await managedUser(trx, ctx.user, input.id);
      await usersRepo.update(trx, user.id, {
        password_hash: passwordHash,
        must_change_password: 1,
        password_changed_at: at,
        failed_logins: 0,
        locked_until: null,
        updated_at: at,
      });
      await sessionsRepo.removeForUser(trx, user.id);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId: user.organization_id,
        action: 'user.reset_password',
        entityType: 'user',
        entityId: user.id,
        summary: `重置用户 ${user.username} 的密码`,
      });
    });
    return { ok: true as const };
  }),
});
