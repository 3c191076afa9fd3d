import { TRPCError } from '@trpc/server';
import { organizationsRepo, sessionsRepo, usersRepo } from '@gongkai/db';
import { checkPasswordStrength, lockedUntil as lockedUntilOf, shanghaiTime, type Role } from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { fieldError } from '../errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../passwords.js';
import { changePasswordInput, loginInput } from '../schemas/auth.js';
import { hashToken, newSessionToken, parseRoles, sessionExpiresAt, type StaffUser } from '../sessions.js';
import { toOrg, type Org } from '../shapes.js';
import { inTx } from '../tx.js';
import { publicProcedure, router, staffProcedure } from '../trpc.js';
import { shanghaiDate } from '@gongkai/domain';
import type { ApiDeps } from '../context.js';

export interface Me {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organization: Org | null;
  mustChangePassword: boolean;
}

async function me(
  deps: ApiDeps,
  user: Pick<StaffUser, 'id' | 'username' | 'displayName' | 'roles' | 'organizationId' | 'mustChangePassword'>,
): Promise<Me> {
  const org =
    user.organizationId === null ? undefined : await organizationsRepo.findById(deps.db.db, user.organizationId);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    organization: org ? toOrg(org) : null,
    mustChangePassword: user.mustChangePassword,
  };
}

const lockedMessage = (until: string) => `账号已锁定，请于 ${shanghaiTime(until)} 后重试或联系安全管理员`;
const WRONG_CREDENTIALS = '用户名或密码错误';

export const authRouter = router({
  /**
   * Failures are counted and audited in a transaction that commits before the refusal is thrown;
   * domain `lockedUntil` (LOCKOUT) says when consecutive failures lock the account, and until when.
   */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const deps = ctx.deps;
    const now = deps.clock();
    const at = now.toISOString();
    const detail = { ip: ctx.clientIp };
    const user = await usersRepo.findByUsername(deps.db.db, input.username);
    const passwordOk = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);

    if (!user) {
      await inTx(deps, (trx) =>
        appendAudit(trx, {
          at,
          actor: { id: null, name: input.username },
          organizationId: null,
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: null,
          summary: `登录失败：用户名 ${input.username} 不存在`,
          detail,
        }),
      );
      throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG_CREDENTIALS });
    }
    const actor = { id: user.id, name: user.display_name };
    const base = {
      at,
      actor,
      organizationId: user.organization_id,
      entityType: 'user',
      entityId: user.id,
      detail,
    } as const;

    if (user.locked_until && user.locked_until > at) {
      await inTx(deps, (trx) =>
        appendAudit(trx, { ...base, action: 'auth.login_failed', summary: '登录失败：账号已锁定' }),
      );
      throw new TRPCError({ code: 'FORBIDDEN', message: lockedMessage(user.locked_until) });
    }
    if (!passwordOk) {
      // A lock that has run out starts a fresh count.
      const failures = (user.locked_until ? 0 : user.failed_logins) + 1;
      const lockedUntil = lockedUntilOf(failures, at, now);
      await inTx(deps, async (trx) => {
        await usersRepo.update(trx, user.id, {
          failed_logins: lockedUntil ? 0 : failures,
          locked_until: lockedUntil,
          updated_at: at,
        });
        await appendAudit(trx, {
          ...base,
          action: 'auth.login_failed',
          summary: `登录失败：密码错误（第${failures}次）`,
        });
        if (lockedUntil) {
          await appendAudit(trx, {
            ...base,
            action: 'auth.locked',
            summary: `连续${failures}次密码错误，账号锁定至 ${shanghaiTime(lockedUntil)}`,
          });
        }
      });
      if (lockedUntil) throw new TRPCError({ code: 'FORBIDDEN', message: lockedMessage(lockedUntil) });
      throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG_CREDENTIALS });
    }
    if (user.disabled) {
      await inTx(deps, (trx) =>
        appendAudit(trx, { ...base, action: 'auth.login_failed', summary: '登录失败：账号已停用' }),
      );
      throw new TRPCError({ code: 'FORBIDDEN', message: '账号已停用，请联系单位管理员' });
    }

    const token = newSessionToken();
    const expiresAt = sessionExpiresAt(now);
    await inTx(deps, async (trx) => {
      await usersRepo.update(trx, user.id, { failed_logins: 0, locked_until: null, updated_at: at });
      await sessionsRepo.insert(trx, {
        token_hash: hashToken(token),
        user_id: user.id,
        created_at: at,
        last_seen_at: at,
        expires_at: expiresAt,
      });
      await appendAudit(trx, { ...base, action: 'auth.login', summary: '登录成功' });
    });
    const roles = parseRoles(user.roles);
    return {
      token,
      expiresAt,
      user: await me(deps, {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        roles,
        organizationId: user.organization_id,
        mustChangePassword: user.must_change_password === 1,
      }),
    };
  }),

  me: staffProcedure.query(({ ctx }) => me(ctx.deps, ctx.user)),

  /** The API's today (Asia/Shanghai): the default of date fields, on the clock the API checks dates against. */
  today: staffProcedure.query(({ ctx }) => shanghaiDate(ctx.deps.clock())),

  logout: staffProcedure.mutation(async ({ ctx }) => {
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      await sessionsRepo.remove(trx, ctx.user.sessionId);
      await appendAudit(trx, {
        at,
        actor: { id: ctx.user.id, name: ctx.user.displayName },
        organizationId: ctx.user.organizationId,
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.user.id,
        summary: '退出登录',
      });
    });
    return { ok: true as const };
  }),

  changePassword: staffProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const deps = ctx.deps;
    const user = await usersRepo.findById(deps.db.db, ctx.user.id);
    if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
      throw fieldError('currentPassword', '当前密码不正确');
    }
    const weak = checkPasswordStrength(input.newPassword);
    if (weak) throw fieldError('newPassword', weak);
    if (input.newPassword === input.currentPassword) throw fieldError('newPassword', '新密码不能与当前密码相同');
    const passwordHash = await hashPassword(input.newPassword);
    const at = deps.clock().toISOString();
    await inTx(deps, async (trx) => {
      await usersRepo.update(trx, user.id, {
        password_hash: passwordHash,
        must_change_password: 0,
        password_changed_at: at,
        updated_at: at,
      });
      // Other sessions (another browser, a stolen cookie) end with the old password.
      await sessionsRepo.removeForUser(trx, user.id, ctx.user.sessionId);
      await appendAudit(trx, {
        at,
        actor: { id: user.id, name: user.display_name },
        organizationId: user.organization_id,
        action: 'auth.change_password',
        entityType: 'user',
        entityId: user.id,
        summary: '修改密码',
      });
    });
    return { ok: true as const };
  }),
});
