/**
 * Every action on a message (staff or the visitor who wrote it) runs in one transaction: the
 * message is loaded (organization or access code checked by the loader), the domain decides
 * (`decideMessage`: role, status, required input), the step changes what it changes, the status
 * moves on, the step is recorded on the timeline and in the audit log.
 */
import type { Kysely } from 'kysely';
import { TRPCError } from '@trpc/server';
import { messagesRepo, publicationsRepo, type Database } from '@gongkai/db';
import {
  decideMessage,
  shanghaiDate,
  type MessageAction,
  type MessageRefusalCode,
  type MessageState,
} from '@gongkai/domain';
import { appendAudit, type AuditAction, type AuditActor } from '../audit.js';
import { actorOf } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { conflict, fieldError } from '../errors.js';
import type { StaffUser } from '../sessions.js';
import { inTx } from '../tx.js';
import { stateOf, type MessageRow } from './message-access.js';
import { VISITOR } from './visitor.js';

const AUDIT_ACTIONS: Record<MessageAction, AuditAction> = {
  assign: 'message.assign',
  transfer: 'message.transfer',
  reply: 'message.reply',
  followUp: 'message.follow_up',
  close: 'message.close',
  rate: 'message.rate',
  publish: 'message.publish',
  unpublish: 'message.unpublish',
};

/** The input field each refusal is about. */
const REFUSAL_FIELDS: Partial<Record<MessageRefusalCode, string>> = {
  assignee_required: 'assigneeId',
  organization_required: 'organizationId',
  reason_required: 'reason',
  text_required: 'text',
  already_rated: 'rating',
};

/** The visitor's forms show a wrong-status refusal beside their only field. */
const VISITOR_FIELDS: Partial<Record<MessageAction, string>> = { followUp: 'text', rate: 'rating' };

export interface MessageStep {
  trx: Kysely<Database>;
  row: MessageRow;
  at: string;
  today: string;
  actor: AuditActor;
  addPost(kind: 'followUp' | 'reply', text: string): Promise<void>;
}

export interface MessageStepResult {
  summary: string;
  /** Shown on the staff timeline. */
  note?: string;
  detail?: Record<string, unknown>;
  /** Columns to change besides the status. */
  changes?: Parameters<typeof messagesRepo.updateMessage>[2];
}

export type Who = StaffUser | 'visitor';
/** The input the domain checks besides the message's own state (assignee, target organization, text …). */
export type MessageInput = Omit<MessageState, keyof ReturnType<typeof stateOf>>;
export type MessageStepFn = (s: MessageStep) => Promise<MessageStepResult>;

export async function handleMessage(
  deps: ApiDeps,
  who: Who,
  load: (trx: Kysely<Database>) => Promise<MessageRow>,
  action: MessageAction,
  input: MessageInput,
  step: MessageStepFn,
): Promise<void> {
  await inTx(deps, async (trx) => {
    const row = await load(trx);
    const decision = decideMessage(action, { ...stateOf(row), ...input }, who);
    if (!decision.ok) {
      if (decision.code === 'missing_role') throw new TRPCError({ code: 'FORBIDDEN', message: decision.message });
      const field =
        decision.code === 'wrong_status'
          ? who === 'visitor'
            ? VISITOR_FIELDS[action]
            : undefined
          : REFUSAL_FIELDS[decision.code];
      throw field ? fieldError(field, decision.message) : conflict(decision.message);
    }
    const at = deps.clock().toISOString();
    const actor = who === 'visitor' ? VISITOR : actorOf(who);
    const result = await step({
      trx,
      row,
      at,
      today: shanghaiDate(at),
      actor,
      addPost: (kind, text) =>
        messagesRepo.insertPost(trx, {
          message_id: row.id,
          kind,
          text,
          organization_id: kind === 'reply' ? row.organization_id : null,
          author_id: actor.id,
          author_name: actor.name,
          created_at: at,
        }),
    });
    const changes = { ...result.changes, status: decision.next, updated_at: at };
    await messagesRepo.updateMessage(trx, row.id, changes);
    await messagesRepo.insertEvent(trx, {
      message_id: row.id,
      type: action,
      detail: JSON.stringify({ ...result.detail, note: result.note ?? '' }),
      actor_id: actor.id,
      actor_name: actor.name,
      created_at: at,
    });
    // What the public list shows changed: the site's caches drop.
    if (row.is_public === 1 || changes.is_public === 1) await publicationsRepo.bumpContentVersion(trx);
    await appendAudit(trx, {
      at,
      actor,
      organizationId: row.organization_id,
      action: AUDIT_ACTIONS[action],
      entityType: 'message',
      entityId: row.id,
      summary: `${row.tracking_no}：${result.summary}`,
      ...(result.detail ? { detail: result.detail } : {}),
    });
  });
}
