import type { Kysely } from 'kysely';
import { publicationsRepo, type Database } from '@gongkai/db';
import type { AuditActor } from './audit.js';
import { forbidden, notFound } from './errors.js';
import type { StaffUser } from './sessions.js';

/** The organization whose records the user works on; platform accounts have none. */
export function orgIdOf(user: StaffUser): number {
  if (user.organizationId === null) throw forbidden('您的账号不属于任何单位，不能处理单位业务');
  return user.organizationId;
}

export const actorOf = (user: StaffUser): AuditActor => ({ id: user.id, name: user.displayName });

/** Records of another organization are reported as missing, so their existence is not revealed. */
export function ensureSameOrg<T extends { organization_id: number | null }>(
  row: T | undefined,
  organizationId: number,
  what = '记录',
): T {
  if (!row || row.organization_id !== organizationId) throw notFound(`${what}不存在或无权访问`);
  return row;
}

export async function ownPublication(q: Kysely<Database>, user: StaffUser, id: number) {
  return ensureSameOrg(await publicationsRepo.findById(q, id), orgIdOf(user), '信息');
}
