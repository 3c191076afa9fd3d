/** Finding a case for staff (their organization, a request role) and for its applicant (number + code). */
import type { Kysely, Selectable } from 'kysely';
import { requestsRepo, type Database, type RequestCaseTable, type RequestEventTable } from '@gongkai/db';
import {
  CASE_READER_ROLES,
  hasRole,
  parseTrackingCode,
  type CaseFacts,
  type ConsultationParty,
  type RequestCaseState,
} from '@gongkai/domain';
import { orgIdOf } from '../authz.js';
import { forbidden, notFound } from '../errors.js';
import type { StaffUser } from '../sessions.js';
import { sameKeyedHash } from './seal.js';

export type CaseRow = Selectable<RequestCaseTable>;
export type EventRow = Selectable<RequestEventTable>;

export function requireCaseReader(user: StaffUser): number {
  const organizationId = orgIdOf(user);
  if (!hasRole(user, ...CASE_READER_ROLES)) throw forbidden('您没有办理依申请公开的权限');
  return organizationId;
}

export async function staffCase(q: Kysely<Database>, user: StaffUser, id: number): Promise<CaseRow> {
  const organizationId = requireCaseReader(user);
  const row = await requestsRepo.findCase(q, id);
  if (!row || row.organization_id !== organizationId) throw notFound('申请不存在或无权访问');
  return row;
}

const NOT_FOUND_MESSAGE = '查询号或查询码不正确，请核对后重新输入';

/** The applicant's case; a wrong code and an unknown number read the same. */
export async function applicantCase(
  q: Kysely<Database>,
  dataKey: string,
  input: { trackingNo: string; accessCode: string },
): Promise<CaseRow> {
  const parsed = parseTrackingCode(input.trackingNo);
  if (!parsed.ok) throw notFound(parsed.message);
  const row = await requestsRepo.findByTrackingNo(q, parsed.code);
  if (!row || !sameKeyedHash(dataKey, 'access_code', input.accessCode, row.access_code_hash)) {
    throw notFound(NOT_FOUND_MESSAGE);
  }
  return row;
}

/** What the domain needs to decide the allowed actions. */
export function factsOf(row: CaseRow, events: readonly EventRow[]): CaseFacts {
  const open = new Map<ConsultationParty, number>();
  for (const e of events) {
    const party = (JSON.parse(e.detail) as { party?: ConsultationParty }).party;
    if (e.type === 'consultationStarted' && party) open.set(party, (open.get(party) ?? 0) + 1);
    if (e.type === 'consultationEnded' && party) open.set(party, (open.get(party) ?? 1) - 1);
  }
  return {
    state: row.state as RequestCaseState,
    supplementRequested: events.some((e) => e.type === 'supplementRequested'),
    openConsultations: [...open].filter(([, n]) => n > 0).map(([p]) => p),
    extended: events.some((e) => e.type === 'extended'),
    feeNotified: row.fee_status !== null,
  };
}
