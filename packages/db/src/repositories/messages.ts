import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, MessageEventTable, MessageNoteTable, MessagePostTable, MessageTable } from '../schema.js';
import { containing } from './like.js';

/** Query module for messages (互动交流), their thread, steps and notes, and the participation settings. */
type Q = Kysely<Database>;

/** Not yet answered (domain `isOverdue`, `needsThreeMonthWarning` apply to these). */
export const UNANSWERED = ['received', 'assigned'] as const;

export async function insertMessage(q: Q, row: Insertable<MessageTable>): Promise<number> {
  const { id } = await q.insertInto('messages').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findMessage = (q: Q, id: number) =>
  q.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();

export const findByTrackingNo = (q: Q, trackingNo: string) =>
  q.selectFrom('messages').selectAll().where('tracking_no', '=', trackingNo).executeTakeFirst();

export async function updateMessage(q: Q, id: number, changes: Updateable<MessageTable>): Promise<void> {
  await q.updateTable('messages').set(changes).where('id', '=', id).execute();
}

export interface MessageFilter {
  organizationId: number;
  statuses?: readonly string[];
  /** Due date at or before this day. */
  dueUpTo?: string;
  /** Due date on or after this day. */
  dueFrom?: string;
  assigneeId?: number;
  type?: string;
  /** Matches the tracking number, or the subject or content. */
  text?: string;
}

function filtered(q: Q, f: MessageFilter) {
  let query = q.selectFrom('messages').where('messages.organization_id', '=', f.organizationId);
  if (f.statuses) query = query.where('messages.status', 'in', [...f.statuses]);
  if (f.dueUpTo) query = query.where('messages.due_date', '<=', f.dueUpTo);
  if (f.dueFrom) query = query.where('messages.due_date', '>=', f.dueFrom);
  if (f.assigneeId !== undefined) query = query.where('messages.assignee_id', '=', f.assigneeId);
  if (f.type) query = query.where('messages.type', '=', f.type);
  if (f.text) {
    const like = containing(f.text);
    query = query.where((eb) =>
      eb.or([
        eb('messages.tracking_no', '=', f.text!.toUpperCase()),
        eb('messages.subject', 'like', like),
        eb('messages.content', 'like', like),
      ]),
    );
  }
  return query;
}

/** The inbox: earliest due first. */
export async function listMessages(q: Q, f: MessageFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(q, f)
      .leftJoin('users', 'users.id', 'messages.assignee_id')
      .selectAll('messages')
      .select('users.display_name as assignee_name')
      .orderBy('messages.due_date')
      .orderBy('messages.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(q, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n),
  ]);
  return { rows, total };
}

export interface PublicFilter {
  organizationId?: number;
  type?: string;
  text?: string;
}

function published(q: Q, f: PublicFilter) {
  let query = q.selectFrom('messages').where('messages.is_public', '=', 1);
  if (f.organizationId !== undefined) query = query.where('messages.organization_id', '=', f.organizationId);
  if (f.type) query = query.where('messages.type', '=', f.type);
  if (f.text) {
    const like = containing(f.text);
    query = query.where((eb) => eb.or([eb('messages.subject', 'like', like), eb('messages.content', 'like', like)]));
  }
  return query;
}

/** Published exchanges, latest answer first. */
export async function listPublished(q: Q, f: PublicFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    published(q, f)
      .innerJoin('organizations', 'organizations.id', 'messages.organization_id')
      .select([
        'messages.id',
        'messages.type',
        'messages.subject',
        'messages.name',
        'messages.status',
        'messages.received_on',
        'messages.replied_on',
        'organizations.slug as org_slug',
        'organizations.name as org_name',
      ])
      .orderBy('messages.replied_on', 'desc')
      .orderBy('messages.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    published(q, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n),
  ]);
  return { rows, total };
}

/** Contents sent to the organization since `since` (duplicate detection). */
export const recentContents = (q: Q, organizationId: number, since: string, limit: number) =>
  q
    .selectFrom('messages')
    .select(['content', 'fingerprint'])
    .where('organization_id', '=', organizationId)
    .where('submitted_at', '>=', since)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** Unanswered messages received on or before `receivedUpTo`, oldest first (the three-month warning). */
export const listUnansweredSince = (q: Q, organizationId: number, receivedUpTo: string) =>
  q
    .selectFrom('messages')
    .select(['id', 'tracking_no', 'subject', 'received_on'])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', [...UNANSWERED])
    .where('received_on', '<=', receivedUpTo)
    .orderBy('received_on')
    .orderBy('id')
    .execute();

/** Unanswered messages due before `today`. */
export async function countOverdue(q: Q, organizationId: number, today: string): Promise<number> {
  const row = await q
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('status', 'in', [...UNANSWERED])
    .where('due_date', '<', today)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertPost(q: Q, row: Insertable<MessagePostTable>): Promise<void> {
  await q.insertInto('message_posts').values(row).execute();
}

export const listPosts = (q: Q, messageId: number) =>
  q.selectFrom('message_posts').selectAll().where('message_id', '=', messageId).orderBy('id').execute();

export async function insertEvent(q: Q, row: Insertable<MessageEventTable>): Promise<void> {
  await q.insertInto('message_events').values(row).execute();
}

export const listEvents = (q: Q, messageId: number) =>
  q.selectFrom('message_events').selectAll().where('message_id', '=', messageId).orderBy('id').execute();

export async function insertNote(q: Q, row: Insertable<MessageNoteTable>): Promise<void> {
  await q.insertInto('message_notes').values(row).execute();
}

export const listNotes = (q: Q, messageId: number) =>
  q.selectFrom('message_notes').selectAll().where('message_id', '=', messageId).orderBy('id').execute();

/** The organization's reply period in working days, or undefined for the default. */
export async function findReplyDays(q: Q, organizationId: number): Promise<number | undefined> {
  const row = await q
    .selectFrom('message_settings')
    .select('reply_working_days')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.reply_working_days;
}

export async function saveReplyDays(q: Q, organizationId: number, days: number, by: number, at: string) {
  await q
    .insertInto('message_settings')
    .values({ organization_id: organizationId, reply_working_days: days, updated_by: by, updated_at: at })
    .onConflict((oc) =>
      oc.column('organization_id').doUpdateSet({ reply_working_days: days, updated_by: by, updated_at: at }),
    )
    .execute();
}

/** The deployment's word list, or undefined when the default applies. */
export async function findWords(q: Q): Promise<string[] | undefined> {
  const row = await q.selectFrom('moderation_words').select('words').where('id', '=', 1).executeTakeFirst();
  return row ? (JSON.parse(row.words) as string[]) : undefined;
}

export async function saveWords(q: Q, words: readonly string[], by: number | null, at: string): Promise<void> {
  const value = JSON.stringify(words);
  await q
    .insertInto('moderation_words')
    .values({ id: 1, words: value, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ words: value, updated_by: by, updated_at: at }))
    .execute();
}

export async function resetWords(q: Q): Promise<void> {
  await q.deleteFrom('moderation_words').execute();
}
