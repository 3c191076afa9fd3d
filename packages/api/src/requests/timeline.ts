/** How each stored case event reads on the timeline, for staff and (where public) for the applicant. */
import {
  CONSULTATION_PARTY_LABELS,
  type ConsultationParty,
  OUTCOMES,
  outcomeLabel,
  REQUEST_CHANNEL_LABELS,
  type OutcomeCode,
  type RequestChannel,
} from '@gongkai/domain';

interface EventLike {
  type: string;
  detail: string;
}

/** Steps only staff see (who handles a case is internal). */
const STAFF_ONLY = new Set(['assigned']);

export function isPublicEvent(type: string): boolean {
  return !STAFF_ONLY.has(type);
}

export function eventLabel(e: EventLike): string {
  const d = JSON.parse(e.detail) as Record<string, unknown>;
  const party = CONSULTATION_PARTY_LABELS[d.party as ConsultationParty] ?? CONSULTATION_PARTY_LABELS.third_party;
  switch (e.type) {
    case 'submitted':
      return '网上提交申请';
    case 'registered':
      return `登记申请（${REQUEST_CHANNEL_LABELS[d.channel as RequestChannel] ?? ''}）`;
    case 'received':
      return '收到申请';
    case 'assigned':
      return d.assigneeName ? `分配经办人：${String(d.assigneeName)}` : '取消经办人';
    case 'supplementRequested':
      return '发出补正通知';
    case 'supplementReceived':
      return d.by === 'applicant' ? '申请人提交补正材料' : '收到补正材料';
    case 'supplementExpired':
      return '申请人逾期未补正，视为放弃申请';
    case 'consultationStarted':
      return `征求${party}意见`;
    case 'consultationEnded':
      return `收到${party}意见`;
    case 'extended':
      return `延长答复期限${String(d.days)}个工作日`;
    case 'feeNotified':
      return '发出收取信息处理费通知';
    case 'feePaid':
      return '申请人缴纳信息处理费';
    case 'feeDeclined':
      return '申请人不同意缴纳信息处理费';
    case 'feeExpired':
      return '申请人逾期未缴纳信息处理费';
    case 'withdrawn':
    case 'withdrawnBeforeReceipt':
      return '申请人撤回申请';
    case 'closed':
      return `作出答复：${OUTCOMES.some((o) => o.code === d.outcome) ? outcomeLabel(d.outcome as OutcomeCode) : ''}`;
    default:
      return e.type;
  }
}
