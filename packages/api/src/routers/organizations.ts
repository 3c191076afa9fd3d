import type { Updateable } from 'kysely';
import { categoriesRepo, columnsRepo, organizationsRepo, publicationsRepo, type OrganizationTable } from '@gongkai/db';
import {
  checkIndexPattern,
  DEFAULT_CATEGORIES,
  DEFAULT_COLUMNS,
  DEFAULT_INDEX_PATTERN,
  hasRole,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf } from '../authz.js';
import { fieldError, forbidden, notFound } from '../errors.js';
import { organizationCreateInput, organizationUpdateInput } from '../schemas/organization.js';
import { toOrg, type Org } from '../shapes.js';
import { requireRoles, router, staffProcedure } from '../trpc.js';
import { inTx } from '../tx.js';

const sysAdmin = requireRoles('sys_admin');

type OrgFields = Partial<Omit<Org, 'id' | 'slug' | 'isPrimary'>>;

function orgColumns(f: OrgFields): Updateable<OrganizationTable> {
  const map: [keyof OrgFields, keyof OrganizationTable][] = [
    ['name', 'name'],
    ['shortName', 'short_name'],
    ['kind', 'kind'],
    ['code', 'code'],
    ['parentId', 'parent_id'],
    ['officeName', 'office_name'],
    ['address', 'address'],
    ['officeHours', 'office_hours'],
    ['phone', 'phone'],
    ['fax', 'fax'],
    ['email', 'email'],
    ['hotline', 'hotline'],
    ['postcode', 'postcode'],
    ['guideText', 'guide_text'],
    ['indexPattern', 'index_pattern'],
  ];
  return Object.fromEntries(map.filter(([k]) => f[k] !== undefined).map(([k, c]) => [c, f[k]]));
}

function checkPattern(pattern: string | undefined) {
  if (pattern === undefined) return;
  const check = checkIndexPattern(pattern);
  if (!check.ok) throw fieldError('indexPattern', check.message);
}

export const organizationsRouter = router({
  mine: staffProcedure.query(async ({ ctx }): Promise<Org> => {
    const org =
      ctx.user.organizationId === null
        ? undefined
        : await organizationsRepo.findById(ctx.deps.db.db, ctx.user.organizationId);
    if (!org) throw notFound('您的账号不属于任何单位');
    return toOrg(org);
  }),

  list: sysAdmin.query(async ({ ctx }) => (await organizationsRepo.list(ctx.deps.db.db)).map(toOrg)),

  /** A new organization starts with the eight catalogue categories and the default columns. */
  create: sysAdmin.input(organizationCreateInput).mutation(async ({ ctx, input }) => {
    checkPattern(input.indexPattern);
    const at = ctx.deps.clock().toISOString();
    const id = await inTx(ctx.deps, async (trx) => {
      if (await organizationsRepo.findBySlug(trx, input.slug)) throw fieldError('slug', '单位标识已被使用');
      if (input.parentId != null && !(await organizationsRepo.findById(trx, input.parentId)))
        throw fieldError('parentId', '上级单位不存在');
      const isPrimary = input.isPrimary || (await organizationsRepo.count(trx)) === 0;
      if (isPrimary) {
        for (const other of await organizationsRepo.list(trx))
          await organizationsRepo.update(trx, other.id, { is_primary: 0 });
      }
      const id = await organizationsRepo.insert(trx, {
        slug: input.slug,
        name: input.name,
        short_name: input.shortName,
        kind: input.kind,
        code: input.code,
        parent_id: input.parentId ?? null,
        office_name: input.officeName,
        address: input.address,
        office_hours: input.officeHours,
        phone: input.phone,
        fax: input.fax,
        email: input.email,
        hotline: input.hotline,
        postcode: input.postcode,
        guide_text: input.guideText,
        index_pattern: input.indexPattern ?? DEFAULT_INDEX_PATTERN,
        is_primary: isPrimary ? 1 : 0,
        created_at: at,
        updated_at: at,
      });
      for (const [i, name] of DEFAULT_CATEGORIES.entries()) {
        await categoriesRepo.insert(trx, {
          organization_id: id,
          parent_id: null,
          name,
          sort_order: i + 1,
          created_at: at,
        });
      }
      for (const [i, c] of DEFAULT_COLUMNS.entries()) {
        await columnsRepo.insert(trx, {
          organization_id: id,
          slug: c.slug,
          name: c.name,
          description: '',
          sort_order: i + 1,
          created_at: at,
        });
      }
      await publicationsRepo.bumpContentVersion(trx);
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId: id,
        action: 'organization.create',
        entityType: 'organization',
        entityId: id,
        summary: `新增单位“${input.name}”`,
        detail: { slug: input.slug, kind: input.kind, code: input.code },
      });
      return id;
    });
    return { id };
  }),

  /** An organization admin edits their own organization; the system administrator any. */
  update: requireRoles('org_admin', 'sys_admin')
    .input(organizationUpdateInput)
    .mutation(async ({ ctx, input }) => {
      if (!hasRole(ctx.user, 'sys_admin') && ctx.user.organizationId !== input.id)
        throw notFound('单位不存在或无权访问');
      checkPattern(input.indexPattern);
      const { id, ...fields } = input;
      const at = ctx.deps.clock().toISOString();
      await inTx(ctx.deps, async (trx) => {
        const org = await organizationsRepo.findById(trx, id);
        if (!org) throw notFound('单位不存在或无权访问');
        if (fields.parentId != null) {
          if (fields.parentId === id) throw fieldError('parentId', '上级单位不能是本单位');
          if (!(await organizationsRepo.findById(trx, fields.parentId))) throw fieldError('parentId', '上级单位不存在');
        }
        if (fields.parentId !== undefined && !hasRole(ctx.user, 'sys_admin') && fields.parentId !== org.parent_id) {
          throw forbidden('只有系统管理员可以调整单位隶属关系');
        }
        await organizationsRepo.update(trx, id, { ...orgColumns(fields), updated_at: at });
        await publicationsRepo.bumpContentVersion(trx);
        await appendAudit(trx, {
          at,
          actor: actorOf(ctx.user),
          organizationId: id,
          action: 'organization.update',
          entityType: 'organization',
          entityId: id,
          summary: `修改单位信息“${org.name}”`,
          detail: { fields: Object.keys(fields) },
        });
      });
      return { ok: true as const };
    }),
});
