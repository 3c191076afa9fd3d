import { createHash, randomBytes } from 'node:crypto';
import { sessionsRepo, usersRepo } from '@gongkai/db';
import { isRole, SESSION, type Role } from '@gongkai/domain';
import type { ApiDeps } from './context.js';

/** The signed-in staff member behind a request. */
export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organizationId: number | null;
  sessionId: number;
  mustChangePassword: boolean;
}

/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function parseRoles(json: string): Role[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isRole) : [];
  } catch {
    return [];
  }
}

export const sessionExpiresAt = (now: Date) =>
  new Date(now.getTime() + SESSION.absoluteHours * 3_600_000).toISOString();

/**
 * The staff user of a session token, or null when the session is unknown, past its absolute
 * expiry, idle for longer than allowed, or its user is disabled. Expired sessions are deleted.
 */
export async function authenticate(deps: ApiDeps, token: string | null | undefined): Promise<StaffUser | null> {
  if (!token) return null;
  const db = deps.db.db;
  const session = await sessionsRepo.findByTokenHash(db, hashToken(token));
  if (!session) return null;
  const now = deps.clock();
  const idleLimit = new Date(session.last_seen_at).getTime() + SESSION.idleMinutes * 60_000;
  if (now.getTime() >= new Date(session.expires_at).getTime() || now.getTime() >= idleLimit) {
    await sessionsRepo.remove(db, session.id);
    return null;
  }
  const user = await usersRepo.findById(db, session.user_id);
  if (!user || user.disabled) return null;
  if (now.getTime() - new Date(session.last_seen_at).getTime() >= TOUCH_INTERVAL_MS) {
    await sessionsRepo.touch(db, session.id, now.toISOString());
  }
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: parseRoles(user.roles),
    organizationId: user.organization_id,
    sessionId: session.id,
    mustChangePassword: user.must_change_password === 1,
  };
}
