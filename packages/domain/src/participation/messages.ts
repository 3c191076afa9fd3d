/**
 * Messages (互动交流): 咨询, 建言, 投诉, 举报, 纠错.
 *
 *   received ─assign→ assigned ─reply→ replied ─close→ closed
 *      └──────────reply──────────────↗   │ followUp (the visitor adds to the thread)
 *   transfer (received / assigned / replied) → received, under another organization
 *   followUp on replied → assigned again (received when nobody was assigned)
 *
 * Publishing the exchange and rating the answer leave the status unchanged.
 */
import { catchCalendarGap, type Calendar, type CalendarGapResult } from '../calendar/calendar.js';
import { isLegalDate, shanghaiDate } from '../dates.js';
import { maskHitsInText, scanPii, type ScanOptions } from '../pii.js';
import { nthWorkingDayAfter } from '../requests/working-days.js';
import { hasRole, ROLE_LABELS } from '../roles.js';
import { blank, isVisitor, type Participant } from './participant.js';

export const MESSAGE_TYPES = ['咨询', '建言', '投诉', '举报', '纠错'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Tracking-code prefixes (letters of the tracking-code alphabet only). */
export const MESSAGE_CODE_PREFIXES: Record<MessageType, string> = {
  咨询: 'ZX',
  建言: 'JY',
  投诉: 'TS',
  举报: 'JB',
  纠错: 'JC',
};

/** Complaints and reports name people and places: private unless staff decide to publish. */
export function defaultPublic(type: MessageType): boolean {
  return type !== '投诉' && type !== '举报';
}

export const MESSAGE_STATUSES = ['received', 'assigned', 'replied', 'closed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  received: '待分办',
  assigned: '办理中',
  replied: '已答复',
  closed: '已办结',
};

export const MESSAGE_ACTIONS = [
  'assign',
  'transfer',
  'reply',
  'followUp',
  'close',
  'rate',
  'publish',
  'unpublish',
] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

export const MESSAGE_ACTION_LABELS: Record<MessageAction, string> = {
  assign: '分办',
  transfer: '转办',
  reply: '答复',
  followUp: '追加留言',
  close: '办结',
  rate: '评价',
  publish: '公开',
  unpublish: '取消公开',
};

export const RATINGS = ['满意', '基本满意', '不满意'] as const;
export type Rating = (typeof RATINGS)[number];

export interface MessageState {
  status: MessageStatus;
  organizationId: number;
  assigneeId: number | null;
  rating: Rating | null;
  /** Assign: the staff member. */
  assigneeIdInput?: number | null;
  /** Transfer: the organization that takes over, and why. */
  toOrganizationId?: number | null;
  reason?: string | null;
  /** Reply / followUp: the text added to the thread. */
  text?: string | null;
}

export type MessageRefusalCode =
  | 'wrong_status'
  | 'missing_role'
  | 'assignee_required'
  | 'organization_required'
  | 'reason_required'
  | 'text_required'
  | 'already_rated';

export type MessageDecision =
  { ok: true; next: MessageStatus } | { ok: false; code: MessageRefusalCode; message: string };

type Refusal = Extract<MessageDecision, { ok: false }>;

function refuse(code: MessageRefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

function assertNever(x: never): never {
  throw new Error(`unhandled message action: ${String(x)}`);
}

const OPEN: readonly MessageStatus[] = ['received', 'assigned', 'replied'];
const ANSWERED: readonly MessageStatus[] = ['replied', 'closed'];

function transition(action: MessageAction, m: MessageState): MessageStatus | null {
  switch (action) {
    case 'assign':
      return m.status === 'received' || m.status === 'assigned' ? 'assigned' : null;
    case 'transfer':
      return OPEN.includes(m.status) ? 'received' : null;
    case 'reply':
      return m.status === 'received' || m.status === 'assigned' ? 'replied' : null;
    case 'followUp':
      if (m.status === 'replied') return m.assigneeId === null ? 'received' : 'assigned';
      return m.status === 'received' || m.status === 'assigned' ? m.status : null;
    case 'close':
      return m.status === 'replied' ? 'closed' : null;
    case 'rate':
    case 'publish':
    case 'unpublish':
      return ANSWERED.includes(m.status) ? m.status : null;
    default:
      return assertNever(action);
  }
}

/** Actions the visitor who wrote the message does; the others are staff work. */
function byVisitor(action: MessageAction): boolean {
  return action === 'followUp' || action === 'rate';
}

function checkInput(action: MessageAction, m: MessageState): Refusal | null {
  switch (action) {
    case 'assign':
      return m.assigneeIdInput == null ? refuse('assignee_required', '请选择承办人') : null;
    case 'transfer':
      if (m.toOrganizationId == null || m.toOrganizationId === m.organizationId) {
        return refuse('organization_required', '请选择转办的其他单位');
      }
      return blank(m.reason) ? refuse('reason_required', '转办时须填写转办说明') : null;
    case 'reply':
      return blank(m.text) ? refuse('text_required', '请填写答复内容') : null;
    case 'followUp':
      return blank(m.text) ? refuse('text_required', '请填写追加内容') : null;
    case 'rate':
      return m.rating !== null ? refuse('already_rated', '您已评价过本次答复') : null;
    case 'close':
    case 'publish':
    case 'unpublish':
      return null;
    default:
      return assertNever(action);
  }
}

/** Decides whether `actor` may do `action` on a message, and the status that follows. */
export function decideMessage(action: MessageAction, m: MessageState, actor: Participant): MessageDecision {
  const next = transition(action, m);
  if (next === null) {
    const closed = m.status === 'closed' && action === 'followUp';
    return refuse(
      'wrong_status',
      closed
        ? '该留言已办结，不能继续追加'
        : `当前状态为“${MESSAGE_STATUS_LABELS[m.status]}”，不能${MESSAGE_ACTION_LABELS[action]}`,
    );
  }
  if (byVisitor(action) !== isVisitor(actor) || (!isVisitor(actor) && !hasRole(actor, 'interaction_officer'))) {
    return refuse(
      'missing_role',
      byVisitor(action)
        ? `只有留言人可以${MESSAGE_ACTION_LABELS[action]}`
        : `只有${ROLE_LABELS.interaction_officer}可以${MESSAGE_ACTION_LABELS[action]}`,
    );
  }
  return checkInput(action, m) ?? { ok: true, next };
}

export const DEFAULT_REPLY_WORKING_DAYS = 5;

/** The reply due date: N working days after the day of receipt (that day not counted). */
export function messageDueDate(
  cal: Calendar,
  receivedDate: string,
  workingDays = DEFAULT_REPLY_WORKING_DAYS,
): { ok: true; date: string } | CalendarGapResult {
  return catchCalendarGap(() => ({ ok: true as const, date: nthWorkingDayAfter(cal, receivedDate, workingDays) }));
}

/** Unanswered after the end of its due date (Asia/Shanghai). */
export function isOverdue(m: { status: MessageStatus; dueDate: string }, now: Date | string): boolean {
  return (m.status === 'received' || m.status === 'assigned') && shanghaiDate(now) > m.dueDate;
}

/** The same day three calendar months later, or the month's last day when it has none (11-30 → 02-28). */
export function threeMonthsAfter(date: string): string {
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m - 1 + 3;
  const lastDay = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * An unanswered message received three calendar months ago or earlier: the 政府网站 inspection fails
 * a site with valid messages unanswered for over three months (disclosure-rules.md §8), so the
 * dashboard warns. Call it for unanswered messages only.
 */
export function needsThreeMonthWarning(receivedDate: string, now: Date | string): boolean {
  return shanghaiDate(now) >= threeMonthsAfter(receivedDate);
}

/** The visitor's name as shown in a published exchange: surname kept, the rest masked; none → 网友. */
export function maskName(name: string | null | undefined): string {
  const chars = [...(name ?? '').trim()];
  if (chars.length === 0) return '网友';
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}

/** Text of a published exchange with ID numbers, mobiles and bank cards masked (contact is never shown). */
export function maskForPublication(text: string, options: ScanOptions = {}): string {
  return maskHitsInText(text, scanPii(text, options));
}
