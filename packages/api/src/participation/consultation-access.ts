/** Finding consultations and comments for staff (their organization) and for visitors. */
import type { Kysely, Selectable } from 'kysely';
import { consultationsRepo, type ConsultationCommentTable, type ConsultationTable, type Database } from '@gongkai/db';
import { consultationPhase, type CommentStatus, type ConsultationPhase } from '@gongkai/domain';
import { ensureSameOrg, orgIdOf } from '../authz.js';
import { notFound } from '../errors.js';
import type { StaffUser } from '../sessions.js';

export type ConsultationRow = Selectable<ConsultationTable>;
export type CommentRow = Selectable<ConsultationCommentTable>;

export const phaseOf = (row: ConsultationRow, now: Date | string): ConsultationPhase =>
  consultationPhase({ openDate: row.open_date, closeDate: row.close_date }, now);

export async function anyConsultation(q: Kysely<Database>, id: number): Promise<ConsultationRow> {
  const row = await consultationsRepo.findConsultation(q, id);
  if (!row) throw notFound('征求意见不存在');
  return row;
}

export async function staffConsultation(q: Kysely<Database>, user: StaffUser, id: number): Promise<ConsultationRow> {
  return ensureSameOrg(await consultationsRepo.findConsultation(q, id), orgIdOf(user), '征求意见');
}

export async function staffComment(q: Kysely<Database>, user: StaffUser, id: number) {
  const comment = await consultationsRepo.findComment(q, id);
  if (!comment) throw notFound('意见不存在或无权访问');
  const consultation = await consultationsRepo.findConsultation(q, comment.consultation_id);
  return { comment, consultation: ensureSameOrg(consultation, orgIdOf(user), '意见') };
}

export const commentStatus = (c: CommentRow) => c.status as CommentStatus;
