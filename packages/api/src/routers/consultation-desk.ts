/**
 * The public side of consultations (征求意见): lists, the draft with its published comments and
 * feedback, the comment form (pre-moderated), a commenter's outcome by tracking code, and reports.
 */
import { consultationsRepo, organizationsRepo, publicationsRepo } from '@gongkai/db';
import {
  canComment,
  COMMENT_CODE_PREFIX,
  decideComment,
  fingerprint,
  parseTrackingCode,
  shanghaiDate,
  type CommentStatus,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { fieldError, notFound } from '../errors.js';
import { guardForm, guardLookup, issueChallenge } from '../forms/bot-guard.js';
import { freshTrackingCode } from '../forms/codes.js';
import { anyConsultation } from '../participation/consultation-access.js';
import { cardsOf, commentTrackView, publicConsultation } from '../participation/consultation-views.js';
import { DUPLICATE_MESSAGE, DUPLICATE_SAMPLE, duplicateSince, isDuplicate } from '../participation/screening.js';
import { addressKey, VISITOR } from '../participation/visitor.js';
import { flaggedWords } from '../participation/word-list.js';
import type { Section } from '../participation/sections.js';
import { seal } from '../requests/seal.js';
import {
  byConsultation,
  commentInput,
  commentTrackInput,
  deskListInput,
  reportInput,
} from '../schemas/consultations.js';
import { inTx } from '../tx.js';
import { publicProcedure, router } from '../trpc.js';

const PAGE_SIZE = 20;

export const consultationDeskRouter = router({
  challenge: publicProcedure.query(({ ctx }) => issueChallenge(ctx.deps)),

  list: publicProcedure.input(deskListInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const now = ctx.deps.clock();
    const org = input.org ? await organizationsRepo.findBySlug(q, input.org) : undefined;
    if (input.org && !org) throw notFound('单位不存在');
    const { rows, total } = await consultationsRepo.listConsultations(
      q,
      {
        today: shanghaiDate(now),
        ...(org ? { organizationId: org.id } : {}),
        ...(input.phase ? { phase: input.phase } : {}),
      },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    const items = (await cardsOf(q, rows, now)).map((c) => c.card);
    return { items, total, page: input.page, pageSize: PAGE_SIZE };
  }),

  get: publicProcedure.input(byConsultation).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    return publicConsultation(q, ctx.deps, await anyConsultation(q, input.id));
  }),

  comment: publicProcedure.input(commentInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await anyConsultation(deps.db.db, input.consultationId);
    const open = canComment({ openDate: row.open_date, closeDate: row.close_date }, deps.clock());
    if (!open.ok) throw fieldError('content', open.message);
    const sections = JSON.parse(row.sections) as Section[];
    if (input.sectionNo !== null && !sections.some((s) => s.no === input.sectionNo)) {
      throw fieldError('sectionNo', '请选择有效的条款');
    }
    const at0 = deps.clock().toISOString();
    const recent = await consultationsRepo.recentContents(deps.db.db, row.id, duplicateSince(at0), DUPLICATE_SAMPLE);
    if (isDuplicate(input.content, recent)) throw fieldError('content', DUPLICATE_MESSAGE);
    await guardForm(deps, { form: 'comment', clientIp: ctx.clientIp, bot: input.bot });
    return inTx(deps, async (trx) => {
      const at = deps.clock().toISOString();
      const trackingNo = await freshTrackingCode(COMMENT_CODE_PREFIX, shanghaiDate(at), (code) =>
        consultationsRepo.findCommentByTrackingNo(trx, code),
      );
      const id = await consultationsRepo.insertComment(trx, {
        consultation_id: row.id,
        tracking_no: trackingNo,
        name: input.name,
        contact_sealed: seal(deps.dataKey, input.contact),
        section_no: input.sectionNo,
        content: input.content,
        status: 'pending',
        flagged_words: await flaggedWords(trx, [input.name, input.content]),
        fingerprint: fingerprint(input.content),
        feedback_id: null,
        moderated_by: null,
        moderated_at: null,
        created_at: at,
        updated_at: at,
      });
      await appendAudit(trx, {
        at,
        actor: VISITOR,
        organizationId: row.organization_id,
        action: 'consultation.comment',
        entityType: 'consultation_comment',
        entityId: id,
        summary: `${trackingNo}：对《${row.title}》提交意见`,
      });
      return { trackingNo };
    });
  }),

  track: publicProcedure.input(commentTrackInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const comment = await guardLookup(ctx.deps, ctx.clientIp, async () => {
      const parsed = parseTrackingCode(input.trackingNo);
      if (!parsed.ok) throw notFound(parsed.message);
      const found =
        parsed.prefix === COMMENT_CODE_PREFIX
          ? await consultationsRepo.findCommentByTrackingNo(q, parsed.code)
          : undefined;
      if (!found) throw notFound('查询码不存在，请核对后重新输入');
      return found;
    });
    return commentTrackView(q, ctx.deps.clock(), comment, await anyConsultation(q, comment.consultation_id));
  }),

  report: publicProcedure.input(reportInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const found = await consultationsRepo.findComment(deps.db.db, input.commentId);
    if (!found || found.status !== 'published') throw notFound('意见不存在');
    const reporter = addressKey(deps.formSecret, ctx.clientIp);
    if (await consultationsRepo.hasReported(deps.db.db, found.id, reporter)) {
      throw fieldError('commentId', '您已举报过这条意见，我们会尽快核实');
    }
    await guardForm(deps, { form: 'report', clientIp: ctx.clientIp, bot: input.bot });
    await inTx(deps, async (trx) => {
      const comment = (await consultationsRepo.findComment(trx, found.id))!;
      const decision = decideComment(
        'report',
        {
          status: comment.status as CommentStatus,
          reports: comment.reports,
          alreadyReported: await consultationsRepo.hasReported(trx, comment.id, reporter),
        },
        'visitor',
      );
      if (!decision.ok) {
        throw decision.code === 'already_reported' ? fieldError('commentId', decision.message) : notFound('意见不存在');
      }
      const at = deps.clock().toISOString();
      await consultationsRepo.insertReport(trx, comment.id, reporter, at);
      await consultationsRepo.updateComment(trx, comment.id, {
        status: decision.next,
        reports: decision.reports,
        updated_at: at,
      });
      const hidden = decision.next === 'hidden';
      if (hidden) await publicationsRepo.bumpContentVersion(trx);
      const consultation = await anyConsultation(trx, comment.consultation_id);
      await appendAudit(trx, {
        at,
        actor: VISITOR,
        organizationId: consultation.organization_id,
        action: 'consultation.comment_report',
        entityType: 'consultation_comment',
        entityId: comment.id,
        summary: `${comment.tracking_no}：被举报（第${decision.reports}次）${hidden ? '，已隐藏待复核' : ''}`,
      });
    });
    return { ok: true as const };
  }),
});
