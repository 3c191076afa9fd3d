/**
 * Every staff action on a consultation or one of its comments runs in one transaction: the
 * organization check, the state check (domain rules), the change, a bump of the public content
 * version (the site's caches drop) and the audit entry.
 */
import type { Kysely } from 'kysely';
import { TRPCError } from '@trpc/server';
import { consultationsRepo, publicationsRepo, type Database } from '@gongkai/db';
import { decideComment, shanghaiDate, type CommentAction, type CommentStatus } from '@gongkai/domain';
import { appendAudit, type AuditAction } from '../audit.js';
import { actorOf } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { conflict, fieldError } from '../errors.js';
import type { StaffUser } from '../sessions.js';
import { inTx } from '../tx.js';
import { phaseOf, staffComment, staffConsultation, type ConsultationRow } from './consultation-access.js';

export interface ConsultationStep {
  trx: Kysely<Database>;
  row: ConsultationRow;
  at: string;
  today: string;
  phase: ReturnType<typeof phaseOf>;
}

export interface StepResult {
  action: AuditAction;
  summary: string;
  detail?: Record<string, unknown>;
}

export async function auditConsultation(
  trx: Kysely<Database>,
  user: StaffUser,
  row: Pick<ConsultationRow, 'id' | 'organization_id' | 'title'>,
  at: string,
  result: StepResult,
) {
  await publicationsRepo.bumpContentVersion(trx);
  await appendAudit(trx, {
    at,
    actor: actorOf(user),
    organizationId: row.organization_id,
    action: result.action,
    entityType: 'consultation',
    entityId: row.id,
    summary: `《${row.title}》：${result.summary}`,
    ...(result.detail ? { detail: result.detail } : {}),
  });
}

/** A staff step on a consultation of the user's organization. */
export async function changeConsultation<T = void>(
  deps: ApiDeps,
  user: StaffUser,
  id: number,
  step: (s: ConsultationStep) => Promise<StepResult & { value?: T }>,
): Promise<T | undefined> {
  return inTx(deps, async (trx) => {
    const row = await staffConsultation(trx, user, id);
    const at = deps.clock().toISOString();
    const result = await step({ trx, row, at, today: shanghaiDate(at), phase: phaseOf(row, at) });
    await auditConsultation(trx, user, row, at, result);
    return result.value;
  });
}

/** Publish or reject a comment (domain `decideComment`: only the 互动回复员, reason required to reject). */
export async function moderateComment(
  deps: ApiDeps,
  user: StaffUser,
  commentId: number,
  action: Exclude<CommentAction, 'report'>,
  reason = '',
): Promise<void> {
  await inTx(deps, async (trx) => {
    const { comment, consultation } = await staffComment(trx, user, commentId);
    const decision = decideComment(
      action,
      { status: comment.status as CommentStatus, reports: comment.reports, reason },
      user,
    );
    if (!decision.ok) {
      if (decision.code === 'missing_role') throw new TRPCError({ code: 'FORBIDDEN', message: decision.message });
      if (decision.code === 'reason_required') throw fieldError('reason', decision.message);
      throw conflict(decision.message);
    }
    const at = deps.clock().toISOString();
    await consultationsRepo.updateComment(trx, comment.id, {
      status: decision.next,
      reports: decision.reports,
      reject_reason: action === 'reject' ? reason : '',
      moderated_by: user.id,
      moderated_at: at,
      updated_at: at,
    });
    if (action === 'publish') await consultationsRepo.clearReports(trx, comment.id);
    // A rejected comment leaves the feedback it was grouped in.
    if (action === 'reject' && comment.feedback_id !== null) {
      await consultationsRepo.setFeedbackOf(trx, [comment.id], null, at);
      await consultationsRepo.deleteEmptyFeedback(trx, consultation.id);
    }
    await auditConsultation(trx, user, consultation, at, {
      action: action === 'publish' ? 'consultation.comment_publish' : 'consultation.comment_reject',
      summary: `${action === 'publish' ? '公开' : '不予公开'}意见 ${comment.tracking_no}`,
      detail: { commentId: comment.id, ...(action === 'reject' ? { reason } : {}) },
    });
  });
}

/** Feedback may change only after closing and before it is published. */
export function requireFeedbackOpen(s: Pick<ConsultationStep, 'row' | 'phase'>): void {
  if (s.phase !== 'closed') throw conflict('征求意见结束后才能反馈意见采纳情况');
  if (s.row.feedback_published_at !== null) throw conflict('意见采纳情况已公布，不能修改');
}
