import { hasRole, ROLE_LABELS, type Role } from './roles.js';

/**
 * The publication workflow:
 *
 *   draft ─submit→ submitted ─approve→ approved ─publish→ published ─withdraw→ withdrawn
 *     ↑edit          │return            │schedule    ↑ (scheduler or  │amend, changeValidity
 *                    ↓                  ↓            │  publish now)  ↺ (stays published)
 *                 returned ─submit→   scheduled ─────┘
 *                   ↺edit               └─unschedule→ approved
 *
 * Nothing returns to `draft`, so "delete only drafts never published" is "delete only drafts".
 */

export const PUBLICATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '待发布',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export const PUBLICATION_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'amend',
  'withdraw',
  'changeValidity',
  'delete',
] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

export const ACTION_LABELS: Record<PublicationAction, string> = {
  edit: '编辑',
  submit: '提交审核',
  approve: '审核通过',
  return: '退回修改',
  publish: '发布',
  schedule: '定时发布',
  unschedule: '取消定时发布',
  amend: '修订',
  withdraw: '撤回',
  changeValidity: '变更有效性',
  delete: '删除',
};

export interface PublicationState {
  status: PublicationStatus;
  authorId: number;
  /** Personal-data hits not yet masked (see `scanPii`). */
  piiHitsLeft: number;
  /** Approve / amend with hits left: why publishing them is lawful. */
  justification?: string | null;
  /** Return: what the editor must change. */
  comment?: string | null;
  /** Withdraw: why the item is taken down. */
  reason?: string | null;
}

export interface Actor {
  id: number;
  roles: readonly Role[];
}

/** The scheduler publishes due items as this system actor. */
export const SCHEDULER_ACTOR: Actor = { id: 0, roles: ['publisher'] };

export type RefusalCode =
  | 'wrong_status'
  | 'missing_role'
  | 'not_author'
  | 'own_work'
  | 'justification_required'
  | 'comment_required'
  | 'reason_required';

export type Decision = { ok: true; next: PublicationStatus } | { ok: false; code: RefusalCode; message: string };

type Refusal = Extract<Decision, { ok: false }>;

/** Status after `action` from `status`, or null when the action does not apply there. */
function transition(action: PublicationAction, status: PublicationStatus): PublicationStatus | null {
  switch (action) {
    case 'edit':
      return status === 'draft' || status === 'returned' ? status : null;
    case 'submit':
      return status === 'draft' || status === 'returned' ? 'submitted' : null;
    case 'approve':
      return status === 'submitted' ? 'approved' : null;
    case 'return':
      return status === 'submitted' ? 'returned' : null;
    case 'publish':
      // From `scheduled`: the scheduler firing, or a publisher publishing early.
      return status === 'approved' || status === 'scheduled' ? 'published' : null;
    case 'schedule':
      return status === 'approved' || status === 'scheduled' ? 'scheduled' : null;
    case 'unschedule':
      return status === 'scheduled' ? 'approved' : null;
    case 'amend':
    case 'changeValidity':
      return status === 'published' ? 'published' : null;
    case 'withdraw':
      return status === 'published' ? 'withdrawn' : null;
    case 'delete':
      return status === 'draft' ? status : null;
    default:
      return assertNever(action);
  }
}

/** Role needed for each action (decisions.md, Roles). */
function requiredRole(action: PublicationAction): Role {
  switch (action) {
    case 'edit':
    case 'submit':
    case 'delete':
      return 'editor';
    case 'approve':
    case 'return':
      return 'reviewer';
    case 'publish':
    case 'schedule':
    case 'unschedule':
    case 'amend':
    case 'withdraw':
    case 'changeValidity':
      return 'publisher';
    default:
      return assertNever(action);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled publication action: ${String(x)}`);
}

function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

/** Checks that depend only on status, roles and authorship: what the UI may offer. */
function checkPermission(
  action: PublicationAction,
  pub: Pick<PublicationState, 'status' | 'authorId'>,
  actor: Actor,
): Refusal | PublicationStatus {
  const next = transition(action, pub.status);
  if (next === null) {
    return refuse('wrong_status', `当前状态为“${STATUS_LABELS[pub.status]}”，不能${ACTION_LABELS[action]}`);
  }
  const role = requiredRole(action);
  if (!hasRole(actor, role)) {
    return refuse('missing_role', `只有${ROLE_LABELS[role]}可以${ACTION_LABELS[action]}`);
  }
  if (action === 'submit' && actor.id !== pub.authorId) {
    return refuse('not_author', '只有作者本人可以提交审核');
  }
  if ((action === 'approve' || action === 'return') && actor.id === pub.authorId) {
    return refuse('own_work', '不能审核自己提交的信息');
  }
  return next;
}

function blank(s: string | null | undefined): boolean {
  return (s ?? '').trim() === '';
}

/** Checks on what the actor supplies with the action. */
function checkInput(action: PublicationAction, pub: PublicationState): Refusal | null {
  if (pub.piiHitsLeft > 0 && blank(pub.justification)) {
    if (action === 'approve') return refuse('justification_required', '存在未处理的个人信息，批准前须填写理由');
    if (action === 'amend') return refuse('justification_required', '存在未处理的个人信息，修订前须填写理由');
  }
  if (action === 'return' && blank(pub.comment)) return refuse('comment_required', '退回时须填写修改意见');
  if (action === 'withdraw' && blank(pub.reason)) return refuse('reason_required', '撤回时须填写撤回理由');
  return null;
}

/** Decides whether `actor` may do `action` on a publication, and the status that follows. */
export function decide(action: PublicationAction, pub: PublicationState, actor: Actor): Decision {
  const permitted = checkPermission(action, pub, actor);
  if (typeof permitted !== 'string') return permitted;
  return checkInput(action, pub) ?? { ok: true, next: permitted };
}

/**
 * Actions the actor may start on this publication (for the UI's buttons). Inputs the actor still has
 * to supply (a comment, a reason, a justification) are checked by `decide` when the action is done.
 */
export function allowedActions(pub: Pick<PublicationState, 'status' | 'authorId'>, actor: Actor): PublicationAction[] {
  return PUBLICATION_ACTIONS.filter((a) => typeof checkPermission(a, pub, actor) === 'string');
}
