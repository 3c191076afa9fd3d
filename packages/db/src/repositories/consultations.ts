import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { ConsultationCommentTable, ConsultationFeedbackTable, ConsultationTable, Database } from '../schema.js';

/** Query module for consultations on drafts (征求意见), their comments, reports and feedback. */
type Q = Kysely<Database>;

export type Phase = 'upcoming' | 'open' | 'closed';

export async function insertConsultation(q: Q, row: Insertable<ConsultationTable>): Promise<number> {
  const { id } = await q.insertInto('consultations').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findConsultation = (q: Q, id: number) =>
  q.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateConsultation(q: Q, id: number, changes: Updateable<ConsultationTable>): Promise<void> {
  await q.updateTable('consultations').set(changes).where('id', '=', id).execute();
}

export interface ConsultationFilter {
  organizationId?: number;
  phase?: Phase;
  /** Shanghai date the phase is judged on. */
  today: string;
}

function filtered(q: Q, f: ConsultationFilter) {
  let query = q.selectFrom('consultations');
  if (f.organizationId !== undefined) query = query.where('consultations.organization_id', '=', f.organizationId);
  if (f.phase === 'upcoming') query = query.where('consultations.open_date', '>', f.today);
  if (f.phase === 'open') {
    query = query.where('consultations.open_date', '<=', f.today).where('consultations.close_date', '>=', f.today);
  }
  if (f.phase === 'closed') query = query.where('consultations.close_date', '<', f.today);
  return query;
}

/** Not yet closed first, soonest closing first; then the closed ones, latest first. */
export async function listConsultations(q: Q, f: ConsultationFilter, limit: number, offset: number) {
  const closed = sql`case when consultations.close_date < ${f.today} then 1 else 0 end`;
  const [rows, total] = await Promise.all([
    filtered(q, f)
      .innerJoin('organizations', 'organizations.id', 'consultations.organization_id')
      .selectAll('consultations')
      .select(['organizations.slug as org_slug', 'organizations.name as org_name'])
      .orderBy(closed)
      .orderBy(sql`case when consultations.close_date < ${f.today} then '' else consultations.close_date end`)
      .orderBy('consultations.close_date', 'desc')
      .orderBy('consultations.id', 'desc')
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

/** Comments per consultation and status, and how many carry listed words. */
export async function commentCounts(q: Q, consultationIds: readonly number[]) {
  if (consultationIds.length === 0) return [];
  return q
    .selectFrom('consultation_comments')
    .select(['consultation_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .select((eb) => eb.fn.sum<number>(eb.case().when('flagged_words', '!=', '[]').then(1).else(0).end()).as('flagged'))
    .where('consultation_id', 'in', [...consultationIds])
    .groupBy(['consultation_id', 'status'])
    .execute();
}

export async function insertComment(q: Q, row: Insertable<ConsultationCommentTable>): Promise<number> {
  const { id } = await q.insertInto('consultation_comments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findComment = (q: Q, id: number) =>
  q.selectFrom('consultation_comments').selectAll().where('id', '=', id).executeTakeFirst();

export const findCommentByTrackingNo = (q: Q, trackingNo: string) =>
  q.selectFrom('consultation_comments').selectAll().where('tracking_no', '=', trackingNo).executeTakeFirst();

export async function updateComment(q: Q, id: number, changes: Updateable<ConsultationCommentTable>): Promise<void> {
  await q.updateTable('consultation_comments').set(changes).where('id', '=', id).execute();
}

/** The comments of a consultation in the order they came, optionally of some statuses only. */
export const listComments = (q: Q, consultationId: number, statuses?: readonly string[]) => {
  let query = q.selectFrom('consultation_comments').selectAll().where('consultation_id', '=', consultationId);
  if (statuses) query = query.where('status', 'in', [...statuses]);
  return query.orderBy('id').execute();
};

/** Contents sent to the consultation since `since` (duplicate detection). */
export const recentContents = (q: Q, consultationId: number, since: string, limit: number) =>
  q
    .selectFrom('consultation_comments')
    .select(['content', 'fingerprint'])
    .where('consultation_id', '=', consultationId)
    .where('created_at', '>=', since)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export async function hasReported(q: Q, commentId: number, reporterHash: string): Promise<boolean> {
  const row = await q
    .selectFrom('comment_reports')
    .select('comment_id')
    .where('comment_id', '=', commentId)
    .where('reporter_hash', '=', reporterHash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertReport(q: Q, commentId: number, reporterHash: string, at: string): Promise<void> {
  await q
    .insertInto('comment_reports')
    .values({ comment_id: commentId, reporter_hash: reporterHash, created_at: at })
    .execute();
}

/** Publishing a comment again starts its reports afresh (domain comment-moderation). */
export async function clearReports(q: Q, commentId: number): Promise<void> {
  await q.deleteFrom('comment_reports').where('comment_id', '=', commentId).execute();
}

export async function insertFeedback(q: Q, row: Insertable<ConsultationFeedbackTable>): Promise<number> {
  const { id } = await q.insertInto('consultation_feedback').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findFeedback = (q: Q, id: number) =>
  q.selectFrom('consultation_feedback').selectAll().where('id', '=', id).executeTakeFirst();

export const listFeedback = (q: Q, consultationId: number) =>
  q
    .selectFrom('consultation_feedback')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('id')
    .execute();

export async function setFeedbackOf(q: Q, commentIds: readonly number[], feedbackId: number | null, at: string) {
  if (commentIds.length === 0) return;
  await q
    .updateTable('consultation_comments')
    .set({ feedback_id: feedbackId, updated_at: at })
    .where('id', 'in', [...commentIds])
    .execute();
}

/** Drops the consultation's feedback entries no comment refers to any more. */
export async function deleteEmptyFeedback(q: Q, consultationId: number): Promise<void> {
  await q
    .deleteFrom('consultation_feedback')
    .where('consultation_id', '=', consultationId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('consultation_comments')
            .select('consultation_comments.id')
            .whereRef('consultation_comments.feedback_id', '=', 'consultation_feedback.id'),
        ),
      ),
    )
    .execute();
}
