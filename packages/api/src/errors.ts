import { TRPCError } from '@trpc/server';

/** Cause of a BAD_REQUEST that names the offending fields (Chinese messages, one per field). */
export class FieldErrors extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields)[0] ?? '输入有误');
  }
}

/** Validation failure found by the server after zod (uniqueness, a rule from domain …). */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: new FieldErrors({ [field]: message }) });
}

export const forbidden = (message = '您没有执行此操作的权限') => new TRPCError({ code: 'FORBIDDEN', message });

/** Also used for records of another organization, so their existence is not revealed. */
export const notFound = (message = '记录不存在或无权访问') => new TRPCError({ code: 'NOT_FOUND', message });

export const badRequest = (message: string) => new TRPCError({ code: 'BAD_REQUEST', message });

export const conflict = (message: string) => new TRPCError({ code: 'CONFLICT', message });

interface IssueLike {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

function isIssueList(x: unknown): x is IssueLike[] {
  return (
    Array.isArray(x) &&
    x.every((i) => typeof i === 'object' && i !== null && typeof (i as IssueLike).message === 'string')
  );
}

/**
 * Field errors from a zod error (or any Standard Schema error) or from `FieldErrors`:
 * `{ 'title': '标题不能为空', 'columnIds.0': '…' }`, the first message per field.
 */
export function fieldErrorsOf(cause: unknown): Record<string, string> | null {
  if (cause instanceof FieldErrors) return cause.fields;
  const issues = typeof cause === 'object' && cause !== null ? (cause as { issues?: unknown }).issues : undefined;
  if (!isIssueList(issues)) return null;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
