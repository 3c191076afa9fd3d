import { auditRepo } from '@gongkai/db';
import { addDays, AUDIT_GENESIS_HASH, hasRole, shanghaiDayStart, verifyAuditChain } from '@gongkai/domain';
import { auditActionLabel } from '../audit.js';
import { orgIdOf } from '../authz.js';
import { auditListInput } from '../schemas/audit.js';
import { requireRoles, router } from '../trpc.js';

const PAGE_SIZE = 50;

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export const auditRouter = router({
  /** The audit administrator reads the whole log; an organization admin that of their organization. */
  list: requireRoles('audit_admin', 'org_admin')
    .input(auditListInput)
    .query(async ({ ctx, input }) => {
      const organizationId = hasRole(ctx.user, 'audit_admin') ? undefined : orgIdOf(ctx.user);
      const { rows, total } = await auditRepo.page(
        ctx.deps.db.db,
        {
          organizationId,
          actor: input.actor,
          action: input.action,
          entityType: input.entityType,
          // Legal days are Shanghai days; `at` is a UTC instant.
          from: input.from ? shanghaiDayStart(input.from) : undefined,
          to: input.to ? shanghaiDayStart(addDays(input.to, 1)) : undefined,
        },
        PAGE_SIZE,
        (input.page - 1) * PAGE_SIZE,
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorName: r.actor_name,
          action: r.action,
          actionLabel: auditActionLabel(r.action),
          entityType: r.entity_type,
          entityId: r.entity_id,
          summary: r.summary,
          detail: parseDetail(r.detail),
        })),
        total,
        page: input.page,
        pageSize: PAGE_SIZE,
      };
    }),

  /**
   * Walks the whole chain in batches; the head row must point at the last entry, so deleting
   * entries from the end is detected as well as editing any entry.
   */
  verify: requireRoles('audit_admin').query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    let prev = AUDIT_GENESIS_HASH;
    let checked = 0;
    let last: { id: number; hash: string } | null = null;
    for await (const batch of auditRepo.inChainOrder(q)) {
      const result = verifyAuditChain(batch.map(auditRepo.toChainEntry), prev);
      if (!result.ok) return { ok: false, checked: checked + result.checked, brokenAt: result.brokenAt };
      checked += result.checked;
      const tail = batch[batch.length - 1]!;
      last = { id: tail.id, hash: tail.hash };
      prev = tail.hash;
    }
    const head = await auditRepo.readHead(q);
    if (head.last_id !== (last?.id ?? 0) || head.last_hash !== (last?.hash ?? AUDIT_GENESIS_HASH)) {
      return { ok: false, checked, brokenAt: last?.id ?? 0 };
    }
    return { ok: true, checked };
  }),
});
