/**
 * What may be done to a request case, by whom, in which state. The API refuses everything not
 * listed here and the console shows only these actions; the applicant's own actions on the
 * tracking page are decided here too.
 */
import { hasRole, type Role } from '../roles.js';
import type { ConsultationParty } from './case-events.js';
import type { RequestCaseState } from './labels.js';

export const CASE_ACTIONS = [
  'confirmReceipt',
  'assign',
  'note',
  'requestSupplement',
  'supplementReceived',
  'startConsultation',
  'endConsultation',
  'extend',
  'notifyFee',
  'recordFee',
  'reply',
  'markAbandoned',
  'markFeeExpired',
  'withdraw',
  'appeal',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface CaseFacts {
  readonly state: RequestCaseState;
  /** A 补正 notice may go out once only. */
  readonly supplementRequested: boolean;
  readonly openConsultations: readonly ConsultationParty[];
  readonly extended: boolean;
  readonly feeNotified: boolean;
}

/** The office head approves extensions (负责人同意); request officers do the rest. */
const ROLE_OF: Record<CaseAction, Role> = {
  confirmReceipt: 'request_officer',
  assign: 'request_officer',
  note: 'request_officer',
  requestSupplement: 'request_officer',
  supplementReceived: 'request_officer',
  startConsultation: 'request_officer',
  endConsultation: 'request_officer',
  extend: 'office_head',
  notifyFee: 'request_officer',
  recordFee: 'request_officer',
  reply: 'request_officer',
  markAbandoned: 'request_officer',
  markFeeExpired: 'request_officer',
  withdraw: 'request_officer',
  appeal: 'request_officer',
};

/** Roles that may open a case at all. */
export const CASE_READER_ROLES = ['request_officer', 'office_head'] as const satisfies readonly Role[];

function stateAllows(action: CaseAction, c: CaseFacts): boolean {
  const open = c.state !== 'closed';
  const received = c.state !== 'pending_receipt';
  switch (action) {
    case 'confirmReceipt':
      return c.state === 'pending_receipt';
    case 'assign':
      return open;
    case 'note':
    case 'appeal':
      return true;
    case 'requestSupplement':
      return c.state === 'running' && !c.supplementRequested;
    case 'supplementReceived':
    case 'markAbandoned':
      return c.state === 'awaiting_supplement';
    case 'startConsultation':
      return (c.state === 'running' || c.state === 'consulting') && c.openConsultations.length < 2;
    case 'endConsultation':
      return c.openConsultations.length > 0;
    case 'extend':
      return (c.state === 'running' || c.state === 'consulting') && !c.extended;
    case 'notifyFee':
      return c.state === 'running' && !c.feeNotified;
    case 'recordFee':
    case 'markFeeExpired':
      return c.state === 'awaiting_fee';
    case 'reply':
      return c.state === 'running';
    case 'withdraw':
      return open && received;
  }
}

export function allowedCaseActions(c: CaseFacts, user: { roles: readonly Role[] }): CaseAction[] {
  return CASE_ACTIONS.filter((a) => hasRole(user, ROLE_OF[a]) && stateAllows(a, c));
}

/** The refusal shown when an action is not allowed now. */
export function caseActionRefusal(action: CaseAction, c: CaseFacts, user: { roles: readonly Role[] }): string | null {
  if (!hasRole(user, ROLE_OF[action])) {
    return action === 'extend' ? '延期答复须经公开办负责人同意' : '您没有办理依申请公开的权限';
  }
  if (stateAllows(action, c)) return null;
  if (action === 'requestSupplement' && c.supplementRequested)
    return '补正通知只能发出一次，应一次性告知需要补正的全部事项';
  if (action === 'extend' && c.extended) return '该申请已延期答复，不能再次延期';
  if (action === 'notifyFee' && c.feeNotified) return '该申请已发出收费通知';
  if (action === 'reply' && c.state === 'consulting') return '征求意见尚未结束，请先登记收到意见';
  return '该申请当前状态下不能执行此操作';
}

export type ApplicantAction = 'supplement' | 'respondFee' | 'withdraw';

/** What the applicant may do on the tracking page. */
export function applicantActions(state: RequestCaseState): Record<ApplicantAction, boolean> {
  return {
    supplement: state === 'awaiting_supplement',
    respondFee: state === 'awaiting_fee',
    withdraw: state !== 'closed',
  };
}
