/**
 * Consultation comments are pre-moderated (decisions.md, Participation):
 *
 *   pending ─publish→ published ─report (reports reach the threshold)→ hidden ─publish→ published
 *      └─reject→ rejected            ↺ report (below the threshold)         └─reject→ rejected
 *
 * A hidden comment waits for review; publishing it again clears its reports.
 */
import type { ConsultationPhase } from './consultation.js';
import { blank, isVisitor, type Participant } from './participant.js';
import { hasRole, ROLE_LABELS } from '../roles.js';

export const COMMENT_STATUSES = ['pending', 'published', 'rejected', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: '待审核',
  published: '已公开',
  rejected: '未通过',
  hidden: '被举报待复核',
};

export const COMMENT_ACTIONS = ['publish', 'reject', 'report'] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export const COMMENT_ACTION_LABELS: Record<CommentAction, string> = {
  publish: '公开',
  reject: '不予公开',
  report: '举报',
};

/** Distinct visitors' reports that hide a published comment until staff review it. */
export const DEFAULT_REPORT_THRESHOLD = 3;

export interface CommentState {
  status: CommentStatus;
  /** Distinct visitors who reported it since it was last published. */
  reports: number;
  /** Reject: why (shown to staff, kept in the audit log). */
  reason?: string | null;
  /** Report: this visitor (by address or session) has already reported the comment. */
  alreadyReported?: boolean;
}

export type CommentRefusalCode = 'wrong_status' | 'missing_role' | 'reason_required' | 'already_reported';

export type CommentDecision =
  { ok: true; next: CommentStatus; reports: number } | { ok: false; code: CommentRefusalCode; message: string };

type Refusal = Extract<CommentDecision, { ok: false }>;

function refuse(code: CommentRefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

function assertNever(x: never): never {
  throw new Error(`unhandled comment action: ${String(x)}`);
}

/** Status after `action` from `status`, or null when the action does not apply there. */
function transition(action: CommentAction, status: CommentStatus): CommentStatus | null {
  switch (action) {
    case 'publish':
    case 'reject':
      return status === 'pending' || status === 'hidden' ? (action === 'publish' ? 'published' : 'rejected') : null;
    case 'report':
      return status === 'published' ? 'published' : null;
    default:
      return assertNever(action);
  }
}

/** Decides a moderation step or a visitor's report, with the comment's next status and report count. */
export function decideComment(
  action: CommentAction,
  comment: CommentState,
  actor: Participant,
  { reportThreshold = DEFAULT_REPORT_THRESHOLD }: { reportThreshold?: number } = {},
): CommentDecision {
  const next = transition(action, comment.status);
  if (next === null) {
    return refuse(
      'wrong_status',
      `当前状态为“${COMMENT_STATUS_LABELS[comment.status]}”，不能${COMMENT_ACTION_LABELS[action]}`,
    );
  }
  if (action === 'report') {
    if (comment.alreadyReported) return refuse('already_reported', '您已举报过这条意见，我们会尽快核实');
    const reports = comment.reports + 1;
    return { ok: true, next: reports >= reportThreshold ? 'hidden' : 'published', reports };
  }
  if (isVisitor(actor) || !hasRole(actor, 'interaction_officer')) {
    return refuse('missing_role', `只有${ROLE_LABELS.interaction_officer}可以${COMMENT_ACTION_LABELS[action]}`);
  }
  if (action === 'reject' && blank(comment.reason)) return refuse('reason_required', '不予公开时须填写理由');
  return { ok: true, next, reports: action === 'publish' ? 0 : comment.reports };
}

/** The feedback on each comment or group of comments after the consultation closes (采纳情况). */
export const ADOPTION_LABELS = ['采纳', '部分采纳', '未采纳'] as const;
export type Adoption = (typeof ADOPTION_LABELS)[number];

export function checkFeedback(
  phase: ConsultationPhase,
  { adoption, reason }: { adoption: Adoption; reason?: string | null },
): { ok: true } | { ok: false; code: 'not_closed' | 'reason_required'; message: string } {
  if (phase !== 'closed') return { ok: false, code: 'not_closed', message: '征求意见结束后才能反馈意见采纳情况' };
  if (adoption !== '采纳' && blank(reason)) {
    return { ok: false, code: 'reason_required', message: `${adoption}的意见须说明理由` };
  }
  return { ok: true };
}

export type AdoptionCounts = Record<Adoption, number>;

export function tallyAdoptions(adoptions: readonly Adoption[]): AdoptionCounts {
  const counts: AdoptionCounts = { 采纳: 0, 部分采纳: 0, 未采纳: 0 };
  for (const a of adoptions) counts[a]++;
  return counts;
}

/** The sentence opening the published feedback: how many comments came in and how each was taken. */
export function feedbackSummary(received: number, counts: AdoptionCounts): string {
  if (received === 0) return '征求意见期间未收到意见建议。';
  const parts = ADOPTION_LABELS.filter((a) => counts[a] > 0).map((a) => `${a}${counts[a]}条`);
  return parts.length === 0
    ? `共收到意见建议${received}条。`
    : `共收到意见建议${received}条，其中${parts.join('，')}。`;
}
