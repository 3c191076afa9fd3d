import type { Kysely } from 'kysely';
import { columnsRepo, type Database } from '@gongkai/db';
import { ensureSameOrg, orgIdOf } from '../authz.js';
import { changeCatalogue } from '../catalogue.js';
import { conflict, fieldError } from '../errors.js';
import { byId, columnCreateInput, columnUpdateInput } from '../schemas/catalogue.js';
import { toColumn } from '../shapes.js';
import { requireRoles, router, staffProcedure } from '../trpc.js';

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
    const id = await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId, at) => {
      await checkSlugFree(trx, organizationId, input.slug);
      const id = await columnsRepo.insert(trx, {
        organization_id: organizationId,
        slug: input.slug,
        name: input.name,
        description: input.description,
        sort_order: input.sortOrder,
        created_at: at,
      });
      return {
        action: 'column.create',
        entityType: 'column',
        entityId: id,
        summary: `新增栏目“${input.name}”`,
      };
    });
    return { id };
  }),

  update: orgAdmin.input(columnUpdateInput).mutation(async ({ ctx, input }) => {
    await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId) => {
      const column = ensureSameOrg(await columnsRepo.findById(trx, input.id), organizationId, '栏目');
      await checkSlugFree(trx, organizationId, input.slug, column.id);
      await columnsRepo.update(trx, column.id, {
        slug: input.slug,
        name: input.name,
        description: input.description,
        sort_order: input.sortOrder,
      });
      return {
        action: 'column.update',
        entityType: 'column',
        entityId: column.id,
        summary: `修改栏目“${column.name}”`,
        detail: { slug: input.slug, name: input.name, sortOrder: input.sortOrder },
      };
    });
    return { ok: true as const };
  }),

  delete: orgAdmin.input(byId).mutation(async ({ ctx, input }) => {
    await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId) => {
      const column = ensureSameOrg(await columnsRepo.findById(trx, input.id), organizationId, '栏目');
      if (await columnsRepo.hasPublications(trx, column.id)) throw conflict('该栏目下还有信息，不能删除');
      await columnsRepo.remove(trx, column.id);
      return {
        action: 'column.delete',
        entityType: 'column',
        entityId: column.id,
        summary: `删除栏目“${column.name}”`,
      };
    });
    return { ok: true as const };
  }),
});
