/**
 * The public desk of 依申请公开: the guide, the online application and the applicant's tracking
 * page (number + private code). Nothing here is cached or shown to anyone but the applicant.
 */
import { filesRepo, organizationsRepo, requestsRepo } from '@gongkai/db';
import { shanghaiDate, FEE_METHOD_LABELS, REGIME_2019 } from '@gongkai/domain';
import { notFound, fieldError } from '../errors.js';
import { discardFiles, prepareFile, type PreparedFile } from '../files.js';
import { guardForm, guardLookup, issueChallenge } from '../forms/bot-guard.js';
import { applicantCase } from '../requests/case-access.js';
import { trackView } from '../requests/case-views.js';
import { runCaseStep } from '../requests/handle.js';
import { insertCase } from '../requests/intake.js';
import { loadCalendar } from '../requests/calendar-source.js';
import {
  applyInput,
  deskFeeInput,
  deskFileInput,
  deskSupplementInput,
  deskWithdrawInput,
  guideInput,
  trackingInput,
} from '../schemas/requests.js';
import type { ApiDeps } from '../context.js';
import { inTx } from '../tx.js';
import { publicProcedure, router } from '../trpc.js';
import type { AuditActor } from '../audit.js';

const APPLICANT: AuditActor = { id: null, name: '申请人' };

const FEE_RULES = [
  '依申请提供政府信息，一般不收取费用。',
  `申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，可以${FEE_METHOD_LABELS.by_count}或${FEE_METHOD_LABELS.by_pages}，同一申请只适用一种方式。`,
  '按件计收：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分每件100元；30件以上的部分，每增加10件，每件收费标准提高100元。',
  '按量计收：同一申请件中，30页以下（含30页）的不收费；31—100页（含100页）的部分每页10元；101—200页（含200页）的部分每页20元；200页以上的部分每页40元。',
];

/** Attachments sent as base64: checked by content like every upload, stored before the transaction. */
async function prepareAll(deps: ApiDeps, files: readonly { fileName: string; base64: string }[]) {
  const prepared: PreparedFile[] = [];
  for (const [i, f] of files.entries()) {
    const result = await prepareFile(deps, f.fileName, Buffer.from(f.base64, 'base64'));
    if (!result.ok) {
      await discardFiles(deps, prepared);
      throw fieldError(`attachments.${i}`, `${f.fileName}：${result.error}`);
    }
    prepared.push(result.file);
  }
  return prepared;
}

/** Runs `fn`, removing the prepared files from storage if it fails. */
async function withFiles<T>(deps: ApiDeps, files: PreparedFile[], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    await discardFiles(deps, files);
    throw error;
  }
}

export const requestDeskRouter = router({
  guide: publicProcedure.input(guideInput).query(async ({ ctx, input }) => {
    const org = await organizationsRepo.findBySlug(ctx.deps.db.db, input.org);
    if (!org) throw notFound('单位不存在');
    return {
      organization: {
        slug: org.slug,
        name: org.name,
        officeName: org.office_name,
        address: org.address,
        officeHours: org.office_hours,
        phone: org.phone,
        fax: org.fax,
        email: org.email,
        postcode: org.postcode,
      },
      feeRules: FEE_RULES,
      answerDays: REGIME_2019.answerDays,
      extensionDays: REGIME_2019.maxExtensionDays,
    };
  }),

  challenge: publicProcedure.query(({ ctx }) => issueChallenge(ctx.deps)),

  submit: publicProcedure.input(applyInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const org = await organizationsRepo.findBySlug(deps.db.db, input.org);
    if (!org) throw notFound('单位不存在');
    await guardForm(deps, { form: 'request', clientIp: ctx.clientIp, bot: input.bot });
    const files = await prepareAll(deps, input.attachments);
    return withFiles(deps, files, () =>
      inTx(deps, async (trx) => {
        const at = deps.clock().toISOString();
        const created = await insertCase(trx, deps.dataKey, {
          organizationId: org.id,
          channel: 'online',
          fields: input,
          receivedOn: null,
          at,
          today: shanghaiDate(at),
          createdBy: null,
        });
        const row = (await requestsRepo.findCase(trx, created.id))!;
        await runCaseStep(
          deps,
          row,
          APPLICANT,
          async (s) => {
            const eventId = await s.addEvent('submitted', s.today);
            for (const f of files) await s.attachFile(f, 'application', f.fileName, eventId);
            return { action: 'request.submit', summary: '网上提交申请', detail: { attachments: files.length } };
          },
          trx,
        );
        return { trackingNo: created.trackingNo, accessCode: created.accessCode };
      }),
    );
  }),

  track: publicProcedure.input(trackingInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const row = await guardLookup(ctx.deps, ctx.clientIp, () => applicantCase(q, ctx.deps.dataKey, input));
    return trackView(q, row, await loadCalendar(q));
  }),

  supplement: publicProcedure.input(deskSupplementInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await guardLookup(deps, ctx.clientIp, () => applicantCase(deps.db.db, deps.dataKey, input));
    if (row.state !== 'awaiting_supplement') throw fieldError('text', '该申请当前不需要补正');
    const files = await prepareAll(deps, input.attachments);
    await withFiles(deps, files, () =>
      runCaseStep(deps, row, APPLICANT, async (s) => {
        const eventId = await s.addEvent(
          'supplementReceived',
          s.today,
          { by: 'applicant', text: input.text },
          input.text,
        );
        for (const f of files) await s.attachFile(f, 'supplement', f.fileName, eventId);
        return { action: 'request.supplement_received', summary: '申请人在线提交补正材料' };
      }),
    );
    return { ok: true as const };
  }),

  respondFee: publicProcedure.input(deskFeeInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await guardLookup(deps, ctx.clientIp, () => applicantCase(deps.db.db, deps.dataKey, input));
    if (row.state !== 'awaiting_fee') throw fieldError('decision', '该申请当前没有待缴的费用');
    await runCaseStep(deps, row, APPLICANT, async (s) => {
      const paid = input.decision === 'pay';
      await s.addEvent(paid ? 'feePaid' : 'feeDeclined', s.today);
      await requestsRepo.updateCase(s.trx, row.id, { fee_status: paid ? 'paid' : 'declined' });
      return { action: 'request.fee_response', summary: paid ? '申请人缴纳信息处理费' : '申请人不同意缴纳信息处理费' };
    });
    return { ok: true as const };
  }),

  withdraw: publicProcedure.input(deskWithdrawInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await guardLookup(deps, ctx.clientIp, () => applicantCase(deps.db.db, deps.dataKey, input));
    if (row.state === 'closed') throw fieldError('reason', '该申请已办结，不能撤回');
    await runCaseStep(deps, row, APPLICANT, async (s) => {
      if (row.received_on === null) {
        // Never received: it closes without entering the clock or the report's received count.
        await requestsRepo.updateCase(s.trx, row.id, {
          state: 'closed',
          outcome_code: '6.3',
          outcome_note: '申请人撤回',
          closed_on: s.today,
        });
        await s.addEvent('withdrawnBeforeReceipt', s.today, {}, input.reason);
      } else {
        await s.addEvent('withdrawn', s.today, {}, input.reason);
      }
      return { action: 'request.withdraw', summary: '申请人在线撤回申请' };
    });
    return { ok: true as const };
  }),

  file: publicProcedure.input(deskFileInput).query(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await guardLookup(deps, ctx.clientIp, () => applicantCase(deps.db.db, deps.dataKey, input));
    const file = (await requestsRepo.listFiles(deps.db.db, row.id)).find((f) => f.file_id === input.fileId);
    const stored = file ? await filesRepo.findById(deps.db.db, file.file_id) : undefined;
    if (!stored) throw notFound('文件不存在');
    const chunks: Buffer[] = [];
    for await (const chunk of deps.files.stream(stored.storage_key)) chunks.push(chunk as Buffer);
    return { fileName: stored.file_name, mime: stored.mime, base64: Buffer.concat(chunks).toString('base64') };
  }),
});
