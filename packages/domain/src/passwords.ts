/** Password policy and session/lockout limits (decisions.md, Security details). */

export const PASSWORD_MIN_LENGTH = 10;
/** Upper bound so that hashing an absurdly long input cannot be used to load the server. */
export const PASSWORD_MAX_LENGTH = 128;

export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;
export const SESSION = { idleMinutes: 30, absoluteHours: 12 } as const;

/** Null when the password is acceptable, else the reason in Chinese. */
export function checkPasswordStrength(pw: string): string | null {
  const length = [...pw].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少需要${PASSWORD_MIN_LENGTH}个字符`;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}个字符`;
  if (!/[A-Za-z]/.test(pw) || !/\d/.test(pw)) return '密码须同时包含字母和数字';
  return null;
}

/**
 * When an account with `failures` consecutive failed logins, the last at `lastFailureAt`, is locked
 * until (UTC ISO instant); null when it is not locked at `now`.
 */
export function lockedUntil(failures: number, lastFailureAt: string | null, now: Date | string): string | null {
  if (failures < LOCKOUT.maxFailures || lastFailureAt === null) return null;
  const until = new Date(new Date(lastFailureAt).getTime() + LOCKOUT.lockMinutes * 60_000);
  return until.getTime() > new Date(now).getTime() ? until.toISOString() : null;
}
