import type { Kysely } from 'kysely';
import { columnsRepo, publicationsRepo, type Database } from '@gongkai/db';
import { appendAudit } from '../audit.js';
import { actorOf, ensureSameOrg, orgIdOf } from '../authz.js';
import { conflict, fieldError } from '../errors.js';
import { byId, columnCreateInput, columnUpdateInput } from '../schemas/catalogue.js';
import { toColumn } from '../shapes.js';
import { requireRoles, router, staffProcedure } from '../trpc.js';
import { inTx } from '../tx.js';

const orgAdmin = requireRoles('org_admin');

async function checkSlugFree(q: Kysely<Database>, organizationId: number, slug: string, selfId?: number) {
  const other = await columnsRepo.findBySlug(q, organizationId, slug);
  if (other && other.id !== selfId) throw fieldError('slug', '栏目标识已被使用');
}

export const columnsRouter = router({
  /** Editors pick columns for their items, so every staff member of the organization may list them. */
  list: staffProcedure.query(async ({ ctx }) =>
    (await columnsRepo.listForOrg(ctx.deps.db.db, orgIdOf(ctx.user))).map(toColumn),
  ),

  create: orgAdmin.input(columnCreateInput).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    const at = ctx.deps.clock().toISOString();
    const id = await inTx(ctx.deps, async (trx) => {
      await checkSlugFree(trx, organizationId, input.slug);
      const id = await columnsRepo.insert(trx, {
        organization_id: organizationId,
        slug: input.slug,
        name: input.name,
        description: input.description,
        sort_order: input.sortOrder,
        created_at: at,
      });
      await publicationsRepo.bumpContentVersion(trx);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId,
        action: 'column.create',
        entityType: 'column',
        entityId: id,
        summary: `新增栏目“${input.name}”`,
      });
      return id;
    });
    return { id };
  }),

  update: orgAdmin.input(columnUpdateInput).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      const column = ensureSameOrg(await columnsRepo.findById(trx, input.id), organizationId, '栏目');
      await checkSlugFree(trx, organizationId, input.slug, column.id);
      await columnsRepo.update(trx, column.id, {
        slug: input.slug,
        name: input.name,
        description: input.description,
        sort_order: input.sortOrder,
      });
      await publicationsRepo.bumpContentVersion(trx);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId,
        action: 'column.update',
        entityType: 'column',
        entityId: column.id,
        summary: `修改栏目“${column.name}”`,
        detail: { slug: input.slug, name: input.name, sortOrder: input.sortOrder },
      });
    });
    return { ok: true as const };
  }),

  delete: orgAdmin.input(byId).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    const at = ctx.deps.clock().toISOString();
    await inTx(ctx.deps, async (trx) => {
      const column = ensureSameOrg(await columnsRepo.findById(trx, input.id), organizationId, '栏目');
      if (await columnsRepo.hasPublications(trx, column.id)) throw conflict('该栏目下还有信息，不能删除');
      await columnsRepo.remove(trx, column.id);
      await publicationsRepo.bumpContentVersion(trx);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId,
        action: 'column.delete',
        entityType: 'column',
        entityId: column.id,
        summary: `删除栏目“${column.name}”`,
      });
    });
    return { ok: true as const };
  }),
});
