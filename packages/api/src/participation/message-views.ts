/** What staff, the visitor and the public see of a message. */
import type { Kysely, Selectable } from 'kysely';
import { messagesRepo, organizationsRepo, usersRepo, type Database, type MessagePostTable } from '@gongkai/db';
import {
  decideMessage,
  defaultPublic,
  hasRole,
  isOverdue,
  maskForPublication,
  maskName,
  MESSAGE_ACTION_LABELS,
  MESSAGE_STATUS_LABELS,
  needsThreeMonthWarning,
  shanghaiDate,
  type MessageAction,
  type MessageStatus,
  type MessageType,
  type Rating,
} from '@gongkai/domain';
import type { ApiDeps } from '../context.js';
import { unseal } from '../requests/seal.js';
import type { StaffUser } from '../sessions.js';
import { isUnanswered, stateOf, type MessageRow } from './message-access.js';
import { wordsOf } from './word-list.js';

type PostRow = Selectable<MessagePostTable>;
const VISITOR_AUTHOR = '留言人';

export function messageRow(
  row: MessageRow & { assignee_name?: string | null },
  now: Date,
  today: string,
  soon: string,
) {
  const status = row.status as MessageStatus;
  const overdue = isOverdue({ status, dueDate: row.due_date }, now);
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    type: row.type as MessageType,
    subject: row.subject,
    nameDisplay: maskName(row.name),
    status,
    statusLabel: MESSAGE_STATUS_LABELS[status],
    receivedOn: row.received_on,
    dueDate: row.due_date,
    due: overdue
      ? ('overdue' as const)
      : isUnanswered(row) && row.due_date <= soon && row.due_date >= today
        ? ('soon' as const)
        : null,
    threeMonthWarning: isUnanswered(row) && needsThreeMonthWarning(row.received_on, now),
    flagged: wordsOf(row.flagged_words).length > 0,
    isPublic: row.is_public === 1,
    assigneeName: row.assignee_name ?? null,
    rating: row.rating as Rating | null,
  };
}

/** The exchange in order: the message, the visitor's follow-ups and the organizations' replies. */
async function threadOf(q: Kysely<Database>, row: MessageRow, posts: readonly PostRow[]) {
  const orgIds = [...new Set(posts.flatMap((p) => (p.organization_id ? [p.organization_id] : [])))];
  const names = new Map((await organizationsRepo.listByIds(q, orgIds)).map((o) => [o.id, o.name]));
  return [
    { id: 0, kind: 'message' as const, author: VISITOR_AUTHOR, text: row.content, at: row.submitted_at },
    ...posts.map((p) => ({
      id: p.id,
      kind: p.kind as 'followUp' | 'reply',
      author: p.kind === 'reply' ? (names.get(p.organization_id!) ?? '') : VISITOR_AUTHOR,
      text: p.text,
      at: p.created_at,
    })),
  ];
}

/**
 * What publishing shows: the exchange up to the last reply (a follow-up waiting for its answer is
 * not shown), the name masked, ID numbers, mobiles and bank cards masked; never the contact.
 */
export async function publicExchange(q: Kysely<Database>, deps: ApiDeps, row: MessageRow) {
  const posts = await messagesRepo.listPosts(q, row.id);
  const lastReply = posts.findLastIndex((p) => p.kind === 'reply');
  const thread = await threadOf(q, row, posts.slice(0, lastReply + 1));
  const mask = (text: string) => maskForPublication(text, { allowList: deps.piiAllowList });
  return {
    subject: mask(row.subject),
    name: maskName(row.name),
    thread: thread.map(({ kind, author, text, at }) => ({ kind, author, text: mask(text), at })),
  };
}

export type StaffMessageAction = MessageAction | 'note';
const STAFF_ACTIONS = ['assign', 'transfer', 'reply', 'close', 'publish', 'unpublish'] as const;

function staffActions(row: MessageRow, user: StaffUser): StaffMessageAction[] {
  const probe = { ...stateOf(row), assigneeIdInput: user.id, toOrganizationId: -1, reason: '-', text: '-' };
  const allowed = STAFF_ACTIONS.filter(
    (a) =>
      decideMessage(a, probe, user).ok &&
      (a !== 'publish' || row.is_public === 0) &&
      (a !== 'unpublish' || row.is_public === 1),
  );
  return [...allowed, 'note'];
}

function timelineLabel(type: string): string {
  return type === 'received' ? '收到留言' : (MESSAGE_ACTION_LABELS[type as MessageAction] ?? type);
}

export async function staffMessageView(
  q: Kysely<Database>,
  deps: ApiDeps,
  user: StaffUser,
  row: MessageRow,
  today: string,
  soon: string,
) {
  const now = deps.clock();
  const [posts, events, notes, colleagues, organizations, assignee] = await Promise.all([
    messagesRepo.listPosts(q, row.id),
    messagesRepo.listEvents(q, row.id),
    messagesRepo.listNotes(q, row.id),
    usersRepo.list(q, row.organization_id),
    organizationsRepo.list(q),
    row.assignee_id ? usersRepo.findById(q, row.assignee_id) : undefined,
  ]);
  return {
    ...messageRow({ ...row, assignee_name: assignee?.display_name ?? null }, now, today, soon),
    content: row.content,
    name: row.name,
    contact: unseal<string>(deps.dataKey, row.contact_sealed),
    flaggedWords: wordsOf(row.flagged_words),
    thread: await threadOf(q, row, posts),
    notes: notes.map((n) => ({ id: n.id, text: n.text, authorName: n.author_name, createdAt: n.created_at })),
    timeline: [
      { at: row.submitted_at, label: timelineLabel('received'), note: '', actorName: VISITOR_AUTHOR },
      ...events.map((e) => ({
        at: e.created_at,
        label: timelineLabel(e.type),
        note: (JSON.parse(e.detail) as { note?: string }).note ?? '',
        actorName: e.actor_name,
      })),
    ],
    allowedActions: staffActions(row, user),
    colleagues: colleagues
      .filter((u) => !u.disabled && hasRole({ roles: JSON.parse(u.roles) }, 'interaction_officer'))
      .map((u) => ({ id: u.id, name: u.display_name })),
    organizations: organizations.filter((o) => o.id !== row.organization_id).map((o) => ({ id: o.id, name: o.name })),
    publishDefault: defaultPublic(row.type as MessageType),
    publicPreview: await publicExchange(q, deps, row),
  };
}

/** The visitor's page: their thread, transfers, and what they can do next. No staff names or notes. */
export async function messageTrackView(q: Kysely<Database>, row: MessageRow) {
  const [org, posts, events] = await Promise.all([
    organizationsRepo.findById(q, row.organization_id),
    messagesRepo.listPosts(q, row.id),
    messagesRepo.listEvents(q, row.id),
  ]);
  const status = row.status as MessageStatus;
  const state = stateOf(row);
  return {
    trackingNo: row.tracking_no,
    organizationName: org?.name ?? '',
    type: row.type as MessageType,
    subject: row.subject,
    status,
    statusLabel: MESSAGE_STATUS_LABELS[status],
    receivedOn: row.received_on,
    dueDate: row.due_date,
    isPublic: row.is_public === 1,
    rating: row.rating as Rating | null,
    thread: (await threadOf(q, row, posts)).map(({ kind, author, text, at }) => ({ kind, author, text, at })),
    transfers: events
      .filter((e) => e.type === 'transfer')
      .map((e) => {
        const d = JSON.parse(e.detail) as { fromName: string; toName: string };
        return { from: d.fromName, to: d.toName, on: shanghaiDate(e.created_at) };
      }),
    actions: {
      followUp: decideMessage('followUp', { ...state, text: '-' }, 'visitor').ok,
      rate: decideMessage('rate', state, 'visitor').ok,
    },
  };
}
