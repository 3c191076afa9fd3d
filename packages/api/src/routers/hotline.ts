/** The 热线电话 call log: staff record calls (the caller's number masked before storage) for the statistics. */
import { hotlineRepo, usersRepo } from '@gongkai/db';
import { maskCaller, shanghaiDate } from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf, ensureSameOrg, orgIdOf } from '../authz.js';
import { fieldError } from '../errors.js';
import { byCall, callInput, callListInput, statsInput } from '../schemas/hotline.js';
import { inTx } from '../tx.js';
import { requireRoles, router } from '../trpc.js';

const PAGE_SIZE = 20;
const officer = requireRoles('interaction_officer');
const reader = requireRoles('interaction_officer', 'office_head', 'org_admin');

export const hotlineRouter = router({
  list: reader.input(callListInput).query(async ({ ctx, input }) => {
    const { rows, total } = await hotlineRepo.listCalls(
      ctx.deps.db.db,
      {
        organizationId: orgIdOf(ctx.user),
        ...(input.month ? { month: input.month } : {}),
        ...(input.q ? { text: input.q } : {}),
      },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    const items = rows.map((r) => ({
      id: r.id,
      calledAt: r.called_at,
      callerMasked: r.caller_masked,
      topic: r.topic,
      answer: r.answer,
      handledByName: r.handled_by_name,
    }));
    return { items, total, page: input.page, pageSize: PAGE_SIZE };
  }),

  log: officer.input(callInput).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    return inTx(ctx.deps, async (trx) => {
      const at = ctx.deps.clock().toISOString();
      if (input.calledAt > at) throw fieldError('calledAt', '通话时间不能晚于现在');
      let handler = { id: ctx.user.id, name: ctx.user.displayName };
      if (input.handledById !== undefined && input.handledById !== ctx.user.id) {
        const u = await usersRepo.findById(trx, input.handledById);
        if (!u || u.organization_id !== organizationId || u.disabled) {
          throw fieldError('handledById', '接听人不存在或不属于本单位');
        }
        handler = { id: u.id, name: u.display_name };
      }
      const callerMasked = maskCaller(input.caller);
      const id = await hotlineRepo.insertCall(trx, {
        organization_id: organizationId,
        called_at: input.calledAt,
        month: shanghaiDate(input.calledAt).slice(0, 7),
        caller_masked: callerMasked,
        topic: input.topic,
        answer: input.answer,
        handled_by: handler.id,
        handled_by_name: handler.name,
        created_by: ctx.user.id,
        created_at: at,
      });
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId,
        action: 'hotline.log',
        entityType: 'hotline_call',
        entityId: id,
        summary: `登记热线来电（${callerMasked}）`,
      });
      return { id };
    });
  }),

  remove: officer.input(byCall).mutation(async ({ ctx, input }) => {
    await inTx(ctx.deps, async (trx) => {
      const call = ensureSameOrg(await hotlineRepo.findCall(trx, input.id), orgIdOf(ctx.user));
      await hotlineRepo.deleteCall(trx, call.id);
      await appendAudit(trx, {
        at: ctx.deps.clock().toISOString(),
        actor: actorOf(ctx.user),
        organizationId: call.organization_id,
        action: 'hotline.remove',
        entityType: 'hotline_call',
        entityId: call.id,
        summary: `删除热线来电记录（${call.called_at}，${call.caller_masked}）`,
        detail: { topic: call.topic },
      });
    });
    return { ok: true as const };
  }),

  /** Calls per month of a year, for the statistics. */
  stats: reader.input(statsInput).query(async ({ ctx, input }) => {
    const rows = await hotlineRepo.monthCounts(ctx.deps.db.db, orgIdOf(ctx.user), input.year);
    const byMonth = Array.from({ length: 12 }, (_, i) => {
      const month = `${input.year}-${String(i + 1).padStart(2, '0')}`;
      return rows.find((r) => r.month === month)?.n ?? 0;
    });
    return { year: input.year, total: byMonth.reduce((a, b) => a + b, 0), byMonth };
  }),
});
