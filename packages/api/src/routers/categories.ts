import type { Kysely } from 'kysely';
import { categoriesRepo, type Database } from '@gongkai/db';
import { ensureSameOrg, orgIdOf } from '../authz.js';
import { changeCatalogue } from '../catalogue.js';
import { conflict, fieldError } from '../errors.js';
import { byId, categoryCreateInput, categoryUpdateInput } from '../schemas/catalogue.js';
import { categoryTree, descendantIds } from '../shapes.js';
import { requireRoles, router, staffProcedure } from '../trpc.js';

const orgAdmin = requireRoles('org_admin');

async function checkParent(
  q: Kysely<Database>,
  organizationId: number,
  parentId: number | null | undefined,
  selfId?: number,
) {
  if (parentId == null) return;
  const parent = await categoriesRepo.findById(q, parentId);
  if (!parent || parent.organization_id !== organizationId) throw fieldError('parentId', '上级分类不存在');
  if (
    selfId !== undefined &&
    descendantIds(await categoriesRepo.listForOrg(q, organizationId), selfId).includes(parentId)
  ) {
    throw fieldError('parentId', '不能把分类移到它自己或它的下级分类之下');
  }
}

export const categoriesRouter = router({
  list: staffProcedure.query(async ({ ctx }) =>
    categoryTree(await categoriesRepo.listForOrg(ctx.deps.db.db, orgIdOf(ctx.user))),
  ),

  create: orgAdmin.input(categoryCreateInput).mutation(async ({ ctx, input }) => {
    const id = await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId, at) => {
      await checkParent(trx, organizationId, input.parentId);
      const id = await categoriesRepo.insert(trx, {
        organization_id: organizationId,
        parent_id: input.parentId ?? null,
        name: input.name,
        sort_order: input.sortOrder,
        created_at: at,
      });
      return {
        action: 'category.create',
        entityType: 'category',
        entityId: id,
        summary: `新增目录分类“${input.name}”`,
      };
    });
    return { id };
  }),

  update: orgAdmin.input(categoryUpdateInput).mutation(async ({ ctx, input }) => {
    await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId) => {
      const category = ensureSameOrg(await categoriesRepo.findById(trx, input.id), organizationId, '目录分类');
      await checkParent(trx, organizationId, input.parentId, category.id);
      await categoriesRepo.update(trx, category.id, {
        name: input.name,
        parent_id: input.parentId ?? null,
        sort_order: input.sortOrder,
      });
      return {
        action: 'category.update',
        entityType: 'category',
        entityId: category.id,
        summary: `修改目录分类“${category.name}”`,
        detail: { name: input.name, parentId: input.parentId ?? null, sortOrder: input.sortOrder },
      };
    });
    return { ok: true as const };
  }),

  delete: orgAdmin.input(byId).mutation(async ({ ctx, input }) => {
    await changeCatalogue(ctx.deps, ctx.user, async (trx, organizationId) => {
      const category = ensureSameOrg(await categoriesRepo.findById(trx, input.id), organizationId, '目录分类');
      const use = await categoriesRepo.isInUse(trx, category.id);
      if (use.children) throw conflict('该分类下还有子分类，不能删除');
      if (use.publications) throw conflict('该分类下还有信息，不能删除');
      await categoriesRepo.remove(trx, category.id);
      return {
        action: 'category.delete',
        entityType: 'category',
        entityId: category.id,
        summary: `删除目录分类“${category.name}”`,
      };
    });
    return { ok: true as const };
  }),
});
