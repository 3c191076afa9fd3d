import { initTRPC, TRPCError } from '@trpc/server';
import { hasRole, ROLE_LABELS, type Role } from '@gongkai/domain';
import type { Context } from './context.js';
import { fieldErrorsOf, forbidden } from './errors.js';
import { authenticate } from './sessions.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fieldErrors: Record<string, string> | null = error.code === 'BAD_REQUEST' ? fieldErrorsOf(error.cause) : null;
    // zod's own message is a JSON dump; the first field message reads better on a form. Internal
    // errors (a failed query …) carry details that are for the server log, not for the client.
    const message = fieldErrors
      ? (Object.values(fieldErrors)[0] ?? '输入有误')
      : error.code === 'INTERNAL_SERVER_ERROR'
        ? '服务器内部错误，请稍后重试'
        : shape.message;
    return { ...shape, message, data: { ...shape.data, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: the caller must be one of our SvelteKit servers. */
export const publicProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.internalTokenOk) throw new TRPCError({ code: 'UNAUTHORIZED', message: '缺少或错误的内部令牌' });
  return next();
});

/** A valid staff session (idle and absolute timeouts from domain `SESSION`). */
export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const user = await authenticate(ctx.deps, ctx.sessionToken);
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' });
  return next({ ctx: { user } });
});

/** Staff holding at least one of `roles`. */
export function requireRoles(...roles: Role[]) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.user, ...roles)) {
      throw forbidden(`您没有执行此操作的权限（需要${roles.map((r) => ROLE_LABELS[r]).join('或')}角色）`);
    }
    return next();
  });
}
