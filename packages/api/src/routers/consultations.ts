/** Consultations on drafts in the console (征求意见): open, edit, moderate comments, answer with feedback. */
import { consultationsRepo, publicationsRepo } from '@gongkai/db';
import { checkFeedback, shanghaiDate } from '@gongkai/domain';
import { orgIdOf } from '../authz.js';
import { conflict, fieldError, notFound } from '../errors.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { staffConsultation } from '../participation/consultation-access.js';
import {
  auditConsultation,
  changeConsultation,
  moderateComment,
  requireFeedbackOpen,
} from '../participation/consultation-steps.js';
import { cardsOf, staffConsultationView } from '../participation/consultation-views.js';
import { loadDraft } from '../participation/draft.js';
import { checkPeriod, defaultCloseDate } from '../participation/period.js';
import {
  byComment,
  byConsultation,
  byFeedback,
  createInput,
  defaultsInput,
  feedbackInput,
  linkAdoptedInput,
  publishFeedbackInput,
  rejectInput,
  staffListInput,
  updateInput,
} from '../schemas/consultations.js';
import { inTx } from '../tx.js';
import { requireRoles, router } from '../trpc.js';

const PAGE_SIZE = 20;
/** decisions.md, Roles: the 互动回复员 runs consultations, their moderation and their feedback. */
const officer = requireRoles('interaction_officer');

export const consultationsRouter = router({
  list: officer.input(staffListInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const now = ctx.deps.clock();
    const { rows, total } = await consultationsRepo.listConsultations(
      q,
      { organizationId: orgIdOf(ctx.user), today: shanghaiDate(now), ...(input.phase ? { phase: input.phase } : {}) },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    const items = (await cardsOf(q, rows, now)).map(({ card, counts: { flagged, ...counts } }) => ({
      ...card,
      counts,
      flagged,
    }));
    return { items, total, page: input.page, pageSize: PAGE_SIZE };
  }),

  defaults: officer
    .input(defaultsInput)
    .query(async ({ ctx, input }) =>
      defaultCloseDate(await loadCalendar(ctx.deps.db.db), input.openDate, input.major, input.workingDays),
    ),

  get: officer.input(byConsultation).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    return staffConsultationView(q, ctx.deps, ctx.user, await staffConsultation(q, ctx.user, input.id));
  }),

  create: officer.input(createInput).mutation(async ({ ctx, input }) => {
    const { deps, user } = ctx;
    const organizationId = orgIdOf(user);
    return inTx(deps, async (trx) => {
      const at = deps.clock().toISOString();
      if (input.openDate < shanghaiDate(at)) throw fieldError('openDate', '开始日期不能早于今天');
      const cal = await loadCalendar(trx);
      let closeDate = input.closeDate;
      if (!closeDate) {
        const d = defaultCloseDate(cal, input.openDate, input.major, input.workingDays);
        if (!d.closeDate) throw fieldError('closeDate', d.message ?? '请填写截止日期');
        closeDate = d.closeDate;
      }
      checkPeriod(cal, input.openDate, closeDate, input.major);
      const draft = await loadDraft(deps, trx, organizationId, input.source);
      const row = {
        organization_id: organizationId,
        title: input.title,
        explanation: input.explanation,
        how_to_comment: input.howToComment,
        contact: input.contact,
        open_date: input.openDate,
        close_date: closeDate,
        major: input.major ? 1 : 0,
        ...draft,
        feedback_summary: null,
        feedback_published_at: null,
        adopted_publication_id: null,
        created_by: user.id,
        created_at: at,
        updated_at: at,
      };
      const id = await consultationsRepo.insertConsultation(trx, row);
      await auditConsultation(trx, user, { id, organization_id: organizationId, title: input.title }, at, {
        action: 'consultation.create',
        summary: `征求意见 ${input.openDate} 至 ${closeDate}`,
        detail: { publicationId: draft.publication_id, fileId: draft.file_id, major: input.major },
      });
      return { id };
    });
  }),

  update: officer.input(updateInput).mutation(async ({ ctx, input }) => {
    await changeConsultation(ctx.deps, ctx.user, input.id, async (s) => {
      if (s.phase === 'closed') throw conflict('征求意见已结束，不能修改');
      if (s.phase === 'open' && input.openDate !== s.row.open_date) {
        throw fieldError('openDate', '征求意见已开始，不能修改开始日期');
      }
      if (s.phase === 'upcoming' && input.openDate < s.today) throw fieldError('openDate', '开始日期不能早于今天');
      if (input.closeDate < s.today) throw fieldError('closeDate', '截止日期不能早于今天');
      checkPeriod(await loadCalendar(s.trx), input.openDate, input.closeDate, input.major);
      await consultationsRepo.updateConsultation(s.trx, s.row.id, {
        title: input.title,
        explanation: input.explanation,
        how_to_comment: input.howToComment,
        contact: input.contact,
        open_date: input.openDate,
        close_date: input.closeDate,
        major: input.major ? 1 : 0,
        updated_at: s.at,
      });
      return { action: 'consultation.update', summary: `修改，征求意见 ${input.openDate} 至 ${input.closeDate}` };
    });
    return { ok: true as const };
  }),

  publishComment: officer.input(byComment).mutation(async ({ ctx, input }) => {
    await moderateComment(ctx.deps, ctx.user, input.id, 'publish');
    return { ok: true as const };
  }),

  rejectComment: officer.input(rejectInput).mutation(async ({ ctx, input }) => {
    await moderateComment(ctx.deps, ctx.user, input.id, 'reject', input.reason);
    return { ok: true as const };
  }),

  setFeedback: officer.input(feedbackInput).mutation(async ({ ctx, input }) => {
    const id = await changeConsultation<number>(ctx.deps, ctx.user, input.consultationId, async (s) => {
      requireFeedbackOpen(s);
      const check = checkFeedback(s.phase, { adoption: input.adoption, reason: input.reason });
      if (!check.ok) throw fieldError('reason', check.message);
      const published = new Set(
        (await consultationsRepo.listComments(s.trx, s.row.id, ['published'])).map((c) => c.id),
      );
      const unknown = input.commentIds.findIndex((cid) => !published.has(cid));
      if (unknown >= 0) throw fieldError(`commentIds.${unknown}`, '只能对本次征求意见已公开的意见反馈采纳情况');
      const feedbackId = await consultationsRepo.insertFeedback(s.trx, {
        consultation_id: s.row.id,
        adoption: input.adoption,
        reason: input.reason,
        created_by: ctx.user.id,
        created_at: s.at,
      });
      await consultationsRepo.setFeedbackOf(s.trx, input.commentIds, feedbackId, s.at);
      await consultationsRepo.deleteEmptyFeedback(s.trx, s.row.id);
      return {
        action: 'consultation.feedback',
        summary: `${input.commentIds.length}条意见：${input.adoption}`,
        detail: { commentIds: input.commentIds, adoption: input.adoption },
        value: feedbackId,
      };
    });
    return { id: id! };
  }),

  removeFeedback: officer.input(byFeedback).mutation(async ({ ctx, input }) => {
    const feedback = await consultationsRepo.findFeedback(ctx.deps.db.db, input.id);
    if (!feedback) throw notFound('反馈不存在或无权访问');
    await changeConsultation(ctx.deps, ctx.user, feedback.consultation_id, async (s) => {
      requireFeedbackOpen(s);
      const ids = (await consultationsRepo.listComments(s.trx, s.row.id))
        .filter((c) => c.feedback_id === feedback.id)
        .map((c) => c.id);
      await consultationsRepo.setFeedbackOf(s.trx, ids, null, s.at);
      await consultationsRepo.deleteEmptyFeedback(s.trx, s.row.id);
      return { action: 'consultation.feedback_remove', summary: `删除${ids.length}条意见的采纳情况` };
    });
    return { ok: true as const };
  }),

  publishFeedback: officer.input(publishFeedbackInput).mutation(async ({ ctx, input }) => {
    await changeConsultation(ctx.deps, ctx.user, input.id, async (s) => {
      requireFeedbackOpen(s);
      const comments = await consultationsRepo.listComments(s.trx, s.row.id);
      const waiting = comments.filter((c) => c.status === 'pending' || c.status === 'hidden').length;
      if (waiting > 0) throw conflict(`还有${waiting}条意见未审核`);
      const unanswered = comments.filter((c) => c.status === 'published' && c.feedback_id === null).length;
      if (unanswered > 0) throw conflict(`还有${unanswered}条已公开的意见未反馈采纳情况`);
      await consultationsRepo.updateConsultation(s.trx, s.row.id, {
        feedback_summary: input.summary,
        feedback_published_at: s.at,
        updated_at: s.at,
      });
      return { action: 'consultation.feedback_publish', summary: '公布意见采纳情况' };
    });
    return { ok: true as const };
  }),

  linkAdopted: officer.input(linkAdoptedInput).mutation(async ({ ctx, input }) => {
    await changeConsultation(ctx.deps, ctx.user, input.id, async (s) => {
      if (s.phase !== 'closed') throw conflict('征求意见结束后才能关联正式文件');
      let title = '';
      if (input.publicationId !== null) {
        const pub = await publicationsRepo.findPublished(s.trx, input.publicationId);
        if (!pub || pub.organization_id !== s.row.organization_id) {
          throw fieldError('publicationId', '请选择本单位已发布的信息');
        }
        title = pub.title;
      }
      await consultationsRepo.updateConsultation(s.trx, s.row.id, {
        adopted_publication_id: input.publicationId,
        updated_at: s.at,
      });
      return {
        action: 'consultation.link_adopted',
        summary: input.publicationId === null ? '取消关联正式文件' : `关联正式文件《${title}》`,
      };
    });
    return { ok: true as const };
  }),
});
