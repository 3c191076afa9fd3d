/** Case handling of 依申请公开 in the console: list, case page, every action, the year's figures. */
import { filesRepo, requestsRepo, usersRepo } from '@gongkai/db';
import {
  APPEAL_KIND_LABELS,
  APPEAL_RESULT_LABELS,
  APPLICANT_CATEGORIES,
  addDays,
  chineseDate,
  CONSULTATION_PARTY_LABELS,
  feeByCount,
  feeByPages,
  FEE_METHOD_LABELS,
  OUTCOME_CODES,
  outcomeLabel,
  REQUEST_CHANNEL_LABELS,
  regimeFor,
  shanghaiDate,
  type ApplicantCategory,
  type OutcomeCode,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf } from '../authz.js';
import { fieldError, notFound } from '../errors.js';
import { applicantView, openApplicant } from '../requests/applicant.js';
import { requireCaseReader, staffCase } from '../requests/case-access.js';
import { caseDetail, caseRow, soonLimit } from '../requests/case-views.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { handleCase, runCaseStep } from '../requests/handle.js';
import { insertCase } from '../requests/intake.js';
import {
  appealInput,
  appealUpdateInput,
  assignInput,
  caseId,
  caseListInput,
  confirmReceiptInput,
  consultationInput,
  datedNoteInput,
  endConsultationInput,
  extendInput,
  feeNoticeInput,
  noteInput,
  recordFeeInput,
  registerInput,
  replyInput,
  supplementInput,
  yearSummaryInput,
} from '../schemas/requests.js';
import { inTx } from '../tx.js';
import { requireRoles, router } from '../trpc.js';

const PAGE_SIZE = 20;
const officer = requireRoles('request_officer');
const reader = requireRoles('request_officer', 'office_head');

/** A date an action records may not lie in the future (or before the case was received). */
function checkDate(date: string, today: string, receivedOn: string | null, field = 'date') {
  if (date > today) throw fieldError(field, '日期不能晚于今天');
  if (receivedOn && date < receivedOn) throw fieldError(field, '日期不能早于收到申请的日期');
}

export const requestsRouter = router({
  list: reader.input(caseListInput).query(async ({ ctx, input }) => {
    const organizationId = requireCaseReader(ctx.user);
    const q = ctx.deps.db.db;
    const today = shanghaiDate(ctx.deps.clock());
    const soon = soonLimit(await loadCalendar(q), today);
    const { rows, total } = await requestsRepo.listCases(
      q,
      {
        organizationId,
        view: input.due ? 'open' : input.view,
        ...(input.due === 'overdue' ? { deadlineUpTo: addDays(today, -1) } : {}),
        ...(input.due === 'soon' ? { deadlineFrom: today, deadlineUpTo: soon } : {}),
        ...(input.mine ? { assigneeId: ctx.user.id } : {}),
        ...(input.channel ? { channel: input.channel } : {}),
        ...(input.q ? { text: input.q } : {}),
      },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    return { items: rows.map((r) => caseRow(r, today, soon)), total, page: input.page, pageSize: PAGE_SIZE };
  }),

  get: reader.input(caseId).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const row = await staffCase(q, ctx.user, input.id);
    const today = shanghaiDate(ctx.deps.clock());
    const detail = await caseDetail(q, ctx.deps.dataKey, ctx.user, row, await loadCalendar(q), today);
    const feeQuote =
      detail.allowedActions.includes('notifyFee') && row.received_on
        ? feeByCount(
            await requestsRepo.countByApplicant(
              q,
              row.organization_id,
              row.applicant_hash,
              `${row.received_on.slice(0, 7)}-01`,
              `${row.received_on.slice(0, 7)}-31`,
            ),
          )
        : null;
    return { ...detail, feeQuote };
  }),

  /** The applicant's full details, for the handling staff only; every viewing is audited. */
  revealApplicant: reader.input(caseId).mutation(async ({ ctx, input }) =>
    inTx(ctx.deps, async (trx) => {
      const row = await staffCase(trx, ctx.user, input.id);
      await appendAudit(trx, {
        at: ctx.deps.clock().toISOString(),
        actor: actorOf(ctx.user),
        organizationId: row.organization_id,
        action: 'request.reveal',
        entityType: 'request_case',
        entityId: row.id,
        summary: `${row.tracking_no}：查看申请人完整信息`,
      });
      return applicantView(row.applicant_category, openApplicant(ctx.deps.dataKey, row.applicant_sealed), true);
    }),
  ),

  register: officer.input(registerInput).mutation(async ({ ctx, input }) => {
    const organizationId = requireCaseReader(ctx.user);
    const { deps } = ctx;
    return inTx(deps, async (trx) => {
      const at = deps.clock().toISOString();
      const today = shanghaiDate(at);
      checkDate(input.receivedOn, today, null, 'receivedOn');
      const created = await insertCase(trx, deps.dataKey, {
        organizationId,
        channel: input.channel,
        fields: input,
        receivedOn: input.receivedOn,
        at,
        today,
        createdBy: ctx.user.id,
      });
      const row = (await requestsRepo.findCase(trx, created.id))!;
      await runCaseStep(
        deps,
        row,
        actorOf(ctx.user),
        async (s) => {
          await s.addEvent('registered', s.today, { channel: input.channel });
          await s.addEvent('received', input.receivedOn);
          return {
            action: 'request.register',
            summary: `登记${REQUEST_CHANNEL_LABELS[input.channel]}，收到日期${input.receivedOn}`,
          };
        },
        trx,
      );
      return created;
    });
  }),

  confirmReceipt: officer.input(confirmReceiptInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'confirmReceipt', async (s) => {
      checkDate(input.receivedOn, s.today, null, 'receivedOn');
      if (input.receivedOn < shanghaiDate(s.row.submitted_at))
        throw fieldError('receivedOn', '收到日期不能早于申请提交日期');
      await requestsRepo.updateCase(s.trx, s.row.id, { received_on: input.receivedOn, state: 'running' });
      await s.addEvent('received', input.receivedOn);
      return { action: 'request.confirm_receipt', summary: `确认收到申请，收到日期${input.receivedOn}` };
    });
    return { ok: true as const };
  }),

  assign: officer.input(assignInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'assign', async (s) => {
      let name: string | null = null;
      if (input.assigneeId !== null) {
        const colleague = await usersRepo.findById(s.trx, input.assigneeId);
        if (!colleague || colleague.organization_id !== s.row.organization_id || colleague.disabled) {
          throw fieldError('assigneeId', '经办人不存在或不属于本单位');
        }
        name = colleague.display_name;
      }
      await requestsRepo.updateCase(s.trx, s.row.id, { assignee_id: input.assigneeId });
      await s.addEvent('assigned', s.today, { assigneeName: name });
      return { action: 'request.assign', summary: name ? `分配经办人：${name}` : '取消经办人' };
    });
    return { ok: true as const };
  }),

  addNote: reader.input(noteInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'note', async (s) => {
      await requestsRepo.insertNote(s.trx, {
        case_id: s.row.id,
        author_id: ctx.user.id,
        author_name: ctx.user.displayName,
        text: input.text,
        created_at: s.at,
      });
      return { action: 'request.note', summary: '添加内部备注' };
    });
    return { ok: true as const };
  }),

  requestSupplement: officer.input(supplementInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'requestSupplement', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      const eventId = await s.addEvent(
        'supplementRequested',
        input.date,
        { items: input.items, dueDays: input.dueDays },
        input.items,
      );
      await s.issueLetter(
        'supplement',
        { 补正事项: input.items, 补正期限: `收到本告知书之日起${input.dueDays}个工作日内` },
        eventId,
      );
      return { action: 'request.supplement_notice', summary: '发出补正通知', detail: { dueDays: input.dueDays } };
    });
    return { ok: true as const };
  }),

  supplementReceived: officer.input(datedNoteInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'supplementReceived', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      await s.addEvent('supplementReceived', input.date, { by: 'staff' }, input.note);
      return { action: 'request.supplement_received', summary: `收到补正材料（${input.date}）` };
    });
    return { ok: true as const };
  }),

  startConsultation: officer.input(consultationInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'startConsultation', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      const eventId = await s.addEvent(
        'consultationStarted',
        input.date,
        { party: input.party, recipient: input.recipient },
        input.note,
      );
      await s.issueLetter('consultation', { 第三方: input.recipient }, eventId);
      return {
        action: 'request.consultation_start',
        summary: `征求${CONSULTATION_PARTY_LABELS[input.party]}意见：${input.recipient}`,
      };
    });
    return { ok: true as const };
  }),

  endConsultation: officer.input(endConsultationInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'endConsultation', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      await s.addEvent('consultationEnded', input.date, { party: input.party }, input.note);
      return { action: 'request.consultation_end', summary: `收到${CONSULTATION_PARTY_LABELS[input.party]}意见` };
    });
    return { ok: true as const };
  }),

  extend: requireRoles('office_head')
    .input(extendInput)
    .mutation(async ({ ctx, input }) => {
      await handleCase(ctx.deps, ctx.user, input.id, 'extend', async (s) => {
        checkDate(input.date, s.today, s.row.received_on);
        const max = regimeFor(s.row.received_on!).maxExtensionDays;
        if (input.days > max) throw fieldError('days', `延长答复期限最长不超过${max}个工作日`);
        const eventId = await s.addEvent(
          'extended',
          input.date,
          { days: input.days, reason: input.reason },
          `延期理由：${input.reason}`,
        );
        await s.issueLetter('extension', { 延期天数: String(input.days), 延期理由: input.reason }, eventId);
        return {
          action: 'request.extend',
          summary: `经负责人同意延长答复期限${input.days}个工作日`,
          detail: { reason: input.reason },
        };
      });
      return { ok: true as const };
    }),

  notifyFee: officer.input(feeNoticeInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'notifyFee', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      let fee;
      if (input.method === 'by_pages') {
        if (!input.pages) throw fieldError('pages', '按量计收须填写页数');
        fee = feeByPages(input.pages);
      } else {
        const month = s.row.received_on!.slice(0, 7);
        const nth = await requestsRepo.countByApplicant(
          s.trx,
          s.row.organization_id,
          s.row.applicant_hash,
          `${month}-01`,
          `${month}-31`,
        );
        fee = feeByCount(Math.max(nth, 1));
      }
      if (fee.amount === 0) throw fieldError('method', `${fee.explanation}无需发出收费通知`);
      await requestsRepo.updateCase(s.trx, s.row.id, {
        fee_method: fee.method,
        fee_amount: fee.amount,
        fee_status: 'notified',
      });
      const eventId = await s.addEvent(
        'feeNotified',
        input.date,
        { method: fee.method, amount: fee.amount },
        fee.explanation,
      );
      await s.issueLetter(
        'fee',
        {
          收费方式: FEE_METHOD_LABELS[fee.method],
          收费金额: String(fee.amount),
          缴费期限: '收到本通知之日起20个工作日内',
        },
        eventId,
      );
      return {
        action: 'request.fee_notice',
        summary: fee.explanation,
        detail: { method: fee.method, amount: fee.amount },
      };
    });
    return { ok: true as const };
  }),

  recordFee: officer.input(recordFeeInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'recordFee', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      const paid = input.decision === 'paid';
      await requestsRepo.updateCase(s.trx, s.row.id, { fee_status: paid ? 'paid' : 'declined' });
      await s.addEvent(paid ? 'feePaid' : 'feeDeclined', input.date);
      return { action: 'request.fee_response', summary: paid ? '登记申请人已缴费' : '登记申请人不同意缴费' };
    });
    return { ok: true as const };
  }),

  reply: officer.input(replyInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'reply', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      const released = await Promise.all(
        input.releasedFileIds.map(async (fileId, i) => {
          const file = await filesRepo.findById(s.trx, fileId);
          if (!file || file.organization_id !== s.row.organization_id)
            throw fieldError(`releasedFileIds.${i}`, '文件不存在');
          return file;
        }),
      );
      await requestsRepo.updateCase(s.trx, s.row.id, {
        state: 'closed',
        outcome_code: input.outcome,
        legal_basis: input.legalBasis,
        outcome_note: input.note,
        closed_on: input.date,
      });
      const label = outcomeLabel(input.outcome);
      const eventId = await s.addEvent('closed', input.date, { outcome: input.outcome }, input.note);
      for (const f of released) {
        await requestsRepo.insertFile(s.trx, {
          case_id: s.row.id,
          file_id: f.id,
          kind: 'released',
          event_id: eventId,
          title: f.file_name,
          created_at: s.at,
        });
      }
      await s.issueLetter(
        'reply',
        {
          答复结果: label,
          法律依据: input.legalBasis,
          答复说明: input.note,
          附件清单: released.length ? released.map((f, i) => `${i + 1}. ${f.file_name}`).join('\n') : '无',
        },
        eventId,
      );
      return {
        action: 'request.reply',
        summary: `作出答复：${label}`,
        detail: { outcome: input.outcome, released: released.length },
      };
    });
    return { ok: true as const };
  }),

  markAbandoned: officer.input(caseId.extend({ date: replyInput.shape.date })).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'markAbandoned', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      await s.addEvent('supplementExpired', input.date);
      return { action: 'request.abandoned', summary: '申请人逾期未补正，视为放弃申请' };
    });
    return { ok: true as const };
  }),

  markFeeExpired: officer.input(caseId.extend({ date: replyInput.shape.date })).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'markFeeExpired', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      await requestsRepo.updateCase(s.trx, s.row.id, { fee_status: 'expired' });
      await s.addEvent('feeExpired', input.date);
      return { action: 'request.fee_expired', summary: '申请人逾期未缴纳信息处理费' };
    });
    return { ok: true as const };
  }),

  withdraw: officer.input(datedNoteInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.id, 'withdraw', async (s) => {
      checkDate(input.date, s.today, s.row.received_on);
      await s.addEvent('withdrawn', input.date, {}, input.note);
      return { action: 'request.withdraw', summary: '登记申请人撤回申请' };
    });
    return { ok: true as const };
  }),

  addAppeal: officer.input(appealInput).mutation(async ({ ctx, input }) => {
    await handleCase(ctx.deps, ctx.user, input.caseId, 'appeal', async (s) => {
      checkDate(input.filedOn, s.today, null, 'filedOn');
      if (input.decidedOn) checkDate(input.decidedOn, s.today, input.filedOn, 'decidedOn');
      await requestsRepo.insertAppeal(s.trx, {
        case_id: s.row.id,
        organization_id: s.row.organization_id,
        kind: input.kind,
        filed_on: input.filedOn,
        result: input.result,
        decided_on: input.result === 'pending' ? null : input.decidedOn,
        note: input.note,
        created_by: ctx.user.id,
        created_at: s.at,
        updated_at: s.at,
      });
      return {
        action: 'request.appeal',
        summary: `登记${APPEAL_KIND_LABELS[input.kind]}：${APPEAL_RESULT_LABELS[input.result]}`,
      };
    });
    return { ok: true as const };
  }),

  updateAppeal: officer.input(appealUpdateInput).mutation(async ({ ctx, input }) => {
    const appeal = await requestsRepo.findAppeal(ctx.deps.db.db, input.id);
    if (!appeal) throw notFound('记录不存在或无权访问');
    await handleCase(ctx.deps, ctx.user, appeal.case_id, 'appeal', async (s) => {
      if (input.decidedOn) checkDate(input.decidedOn, s.today, appeal.filed_on, 'decidedOn');
      await requestsRepo.updateAppeal(s.trx, appeal.id, {
        result: input.result,
        decided_on: input.result === 'pending' ? null : input.decidedOn,
        note: input.note,
        updated_at: s.at,
      });
      return {
        action: 'request.appeal_update',
        summary: `更新${APPEAL_KIND_LABELS[appeal.kind as keyof typeof APPEAL_KIND_LABELS]}结果：${APPEAL_RESULT_LABELS[input.result]}`,
      };
    });
    return { ok: true as const };
  }),

  /** Table 三 and 四 figures of a year for the annual report. */
  yearSummary: reader.input(yearSummaryInput).query(async ({ ctx, input }) => {
    const organizationId = requireCaseReader(ctx.user);
    const f = await requestsRepo.yearFigures(
      ctx.deps.db.db,
      organizationId,
      `${input.year}-01-01`,
      `${input.year}-12-31`,
    );
    const outcomes = Object.fromEntries(
      OUTCOME_CODES.map((code) => [code, Object.fromEntries(APPLICANT_CATEGORIES.map((c) => [c, 0]))]),
    ) as Record<OutcomeCode, Record<ApplicantCategory, number>>;
    for (const r of f.outcomes)
      outcomes[r.outcome_code as OutcomeCode][r.applicant_category as ApplicantCategory] += r.n;
    const appeals = Object.fromEntries(
      Object.keys(APPEAL_KIND_LABELS).map((k) => [
        k,
        Object.fromEntries(Object.keys(APPEAL_RESULT_LABELS).map((r) => [r, 0])),
      ]),
    ) as Record<keyof typeof APPEAL_KIND_LABELS, Record<keyof typeof APPEAL_RESULT_LABELS, number>>;
    for (const a of f.appeals)
      appeals[a.kind as keyof typeof APPEAL_KIND_LABELS][a.result as keyof typeof APPEAL_RESULT_LABELS] += a.n;
    return {
      year: input.year,
      received: f.received,
      carriedOver: f.carriedOver,
      carriedForward: f.carriedForward,
      outcomes,
      feesCollected: f.feesCollected,
      appeals,
      asOf: chineseDate(shanghaiDate(ctx.deps.clock())),
    };
  }),
});
