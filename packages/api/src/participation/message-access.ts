/** Finding a message for staff (their organization) and for the visitor who wrote it (number + code). */
import type { Kysely, Selectable } from 'kysely';
import { messagesRepo, type Database, type MessageTable } from '@gongkai/db';
import { parseTrackingCode, type MessageState, type MessageStatus, type Rating } from '@gongkai/domain';
import { ensureSameOrg, orgIdOf } from '../authz.js';
import { notFound } from '../errors.js';
import { sameKeyedHash } from '../requests/seal.js';
import type { StaffUser } from '../sessions.js';

export type MessageRow = Selectable<MessageTable>;

export async function staffMessage(q: Kysely<Database>, user: StaffUser, id: number): Promise<MessageRow> {
  return ensureSameOrg(await messagesRepo.findMessage(q, id), orgIdOf(user), '留言');
}

const NOT_FOUND_MESSAGE = '查询号或查询码不正确，请核对后重新输入';

/** The visitor's message; a wrong code and an unknown number read the same. */
export async function visitorMessage(
  q: Kysely<Database>,
  dataKey: string,
  input: { trackingNo: string; accessCode: string },
): Promise<MessageRow> {
  const parsed = parseTrackingCode(input.trackingNo);
  if (!parsed.ok) throw notFound(parsed.message);
  const row = await messagesRepo.findByTrackingNo(q, parsed.code);
  if (!row || !sameKeyedHash(dataKey, 'access_code', input.accessCode, row.access_code_hash)) {
    throw notFound(NOT_FOUND_MESSAGE);
  }
  return row;
}

/** What the domain needs to decide an action on the message. */
export const stateOf = (row: MessageRow): MessageState => ({
  status: row.status as MessageStatus,
  organizationId: row.organization_id,
  assigneeId: row.assignee_id,
  rating: row.rating as Rating | null,
});

export const isUnanswered = (row: Pick<MessageRow, 'status'>) => row.status === 'received' || row.status === 'assigned';
