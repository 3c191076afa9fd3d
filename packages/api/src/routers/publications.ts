import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import {
  columnsRepo,
  filesRepo,
  publicationsRepo,
  removeFromIndex,
  usersRepo,
  type Database,
  type PublicationTable,
} from '@gongkai/db';
import {
  allowedActions,
  CONTENT_ROLES,
  decide,
  type Role,
  htmlToText,
  STATUS_LABELS,
  type PublicationAction,
  type PublicationStatus,
  DOCX_MIME,
} from '@gongkai/domain';
import { appendAudit, type AuditAction } from '../audit.js';
import { actorOf, ensureSameOrg, orgIdOf, ownPublication } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { badRequest, conflict, fieldError, forbidden } from '../errors.js';
import { loadDetail, type PublicationDetail } from '../publications/detail.js';
import { NEW_DRAFT, publicationFields, type PublicationFields } from '../publications/fields.js';
import { replaceInHtmlText } from '../publications/html.js';
import { importDocx } from '../publications/import-docx.js';
import { allowListFor, collectHits, textsOf, type Hit } from '../publications/pii.js';
import { indexForSearch, publishNow, storeRevision } from '../publications/publish.js';
import { decideOrThrow } from '../publications/workflow.js';
import {
  amendInput,
  approveInput,
  attachInput,
  byId,
  changeValidityInput,
  detachInput,
  importDocxInput,
  maskHitInput,
  publicationInput,
  publishInput,
  returnInput,
  staffListInput,
  updateInput,
  withdrawInput,
} from '../schemas/publication.js';
import type { StaffUser } from '../sessions.js';
import { toStaffPub, type Page, type StaffPub } from '../shapes.js';
import { requireRoles, router } from '../trpc.js';
import { inTx, searchDbOf } from '../tx.js';

const PAGE_SIZE = 20;
/** Said when the item changed status between reading it and writing it (another user acted meanwhile). */
const STALE = '信息状态已变化，请刷新后重试';

const contentStaff = requireRoles(...CONTENT_ROLES);
const editor = requireRoles('editor');
const reviewer = requireRoles('reviewer');
const publisher = requireRoles('publisher');

export interface StaffPublication extends PublicationDetail {
  status: PublicationStatus;
  statusLabel: string;
  scheduledAt: string | null;
  author: { id: number; displayName: string };
  reviewer: { id: number; displayName: string } | null;
  reviewComment: string;
  piiJustification: string;
  withdrawnReason: string;
  allowedActions: PublicationAction[];
  /** Why this user may not review a submitted item they could otherwise review (their own work), for the UI to say. */
  reviewRefusal: string | null;
  columnIds: number[];
  interpretsId: number | null;
}

/** The domain's refusal of an approval by this user, when it is about who they are rather than the item's state. */
function reviewRefusal(
  status: PublicationStatus,
  authorId: number,
  user: { id: number; roles: Role[] },
): string | null {
  const decision = decide('approve', { status, authorId, piiHitsLeft: 0 }, user);
  return decision.ok || decision.code === 'wrong_status' || decision.code === 'missing_role' ? null : decision.message;
}

/** The audit entry of a publication change, in the same transaction as the change. */
function auditPublication(
  trx: Kysely<Database>,
  user: StaffUser,
  pub: Pick<Selectable<PublicationTable>, 'id' | 'title' | 'organization_id'>,
  action: AuditAction,
  at: string,
  summary: string,
  detail?: Record<string, unknown>,
) {
  return appendAudit(trx, {
    at,
    actor: actorOf(user),
    organizationId: pub.organization_id,
    action,
    entityType: 'publication',
    entityId: pub.id,
    summary: `${summary}《${pub.title}》`,
    detail,
  });
}

/** Runs `fn` in one transaction on the user's own publication `id`, with the instant of the change. */
function changeOwn<T>(
  deps: ApiDeps,
  user: StaffUser,
  id: number,
  fn: (trx: Transaction<Database>, pub: Selectable<PublicationTable>, at: string) => Promise<T>,
): Promise<T> {
  const at = deps.clock().toISOString();
  return inTx(deps, async (trx) => fn(trx, await ownPublication(trx, user, id), at));
}

/** Writes `changes` only if the item is still in status `from` (by default the one it was read in). */
async function updateUnlessStale(
  trx: Kysely<Database>,
  pub: Pick<Selectable<PublicationTable>, 'id' | 'status'>,
  changes: Updateable<PublicationTable>,
  from: string = pub.status,
): Promise<void> {
  if (!(await publicationsRepo.updateIfStatus(trx, pub.id, from, changes))) throw conflict(STALE);
}

/** Inserts a new draft by `user` in their organization and returns its id. */
function insertDraft(
  trx: Kysely<Database>,
  user: StaffUser,
  organizationId: number,
  fields: PublicationFields,
  at: string,
): Promise<number> {
  return publicationsRepo.insert(trx, {
    ...fields,
    ...NEW_DRAFT,
    organization_id: organizationId,
    author_id: user.id,
    created_at: at,
    updated_at: at,
  });
}

async function hitsOf(
  deps: ApiDeps,
  q: Kysely<Database>,
  pub: Selectable<PublicationTable>,
  texts = textsOf(pub),
): Promise<Hit[]> {
  return collectHits(q, pub.id, texts, await allowListFor(q, pub.organization_id, deps.piiAllowList));
}

/** Masking is part of editing (editor) or of reviewing (reviewer): whoever may do either. */
function ensureMayMask(pub: Selectable<PublicationTable>, user: StaffUser) {
  const may = allowedActions({ status: pub.status as PublicationStatus, authorId: pub.author_id }, user);
  if (!may.some((a) => a === 'edit' || a === 'approve' || a === 'return')) {
    throw forbidden(`当前状态为“${STATUS_LABELS[pub.status as PublicationStatus]}”，您不能处理其中的个人信息`);
  }
}

/** Replaces the hits' values by their masked forms in title, summary and body (HTML text only). */
async function applyMasks(
  deps: ApiDeps,
  trx: Kysely<Database>,
  user: StaffUser,
  pub: Selectable<PublicationTable>,
  hits: Hit[],
) {
  if (hits.some((h) => typeof h.source !== 'string')) {
    throw badRequest('附件中的个人信息无法在线处理，请删除该附件并上传处理后的文件');
  }
  let { title, summary, body_html: bodyHtml } = pub;
  for (const h of hits) {
    if (h.source === 'title') title = title.split(h.match).join(h.masked);
    else if (h.source === 'summary') summary = summary.split(h.match).join(h.masked);
    else bodyHtml = replaceInHtmlText(bodyHtml, h.match, h.masked);
  }
  const at = deps.clock().toISOString();
  await publicationsRepo.update(trx, pub.id, {
    title,
    summary,
    body_html: bodyHtml,
    body_text: htmlToText(bodyHtml),
    updated_at: at,
  });
  await auditPublication(trx, user, pub, 'publication.mask', at, `处理${hits.length}处个人信息`, {
    hits: hits.map((h) => ({ source: h.source, kind: h.kind, masked: h.masked })),
  });
}

export const publicationsRouter = router({
  list: contentStaff.input(staffListInput).query(async ({ ctx, input }): Promise<Page<StaffPub>> => {
    const q = ctx.deps.db.db;
    const filter: publicationsRepo.StaffFilter = { organizationId: orgIdOf(ctx.user), ...input };
    const [rows, total] = await Promise.all([
      publicationsRepo.staffPage(q, filter, PAGE_SIZE, (input.page - 1) * PAGE_SIZE),
      publicationsRepo.staffCount(q, filter),
    ]);
    return { items: rows.map(toStaffPub), total, page: input.page, pageSize: PAGE_SIZE };
  }),

  get: contentStaff.input(byId).query(async ({ ctx, input }): Promise<StaffPublication> => {
    const q = ctx.deps.db.db;
    const pub = await ownPublication(q, ctx.user, input.id);
    const [detail, people, columns] = await Promise.all([
      loadDetail(q, pub),
      usersRepo.listByIds(q, [pub.author_id, ...(pub.reviewer_id === null ? [] : [pub.reviewer_id])]),
      columnsRepo.forPublications(q, [pub.id]),
    ]);
    const person = (id: number) => ({ id, displayName: people.find((p) => p.id === id)?.display_name ?? '' });
    const status = pub.status as PublicationStatus;
    return {
      ...detail,
      status,
      statusLabel: STATUS_LABELS[status],
      scheduledAt: pub.scheduled_at,
      author: person(pub.author_id),
      reviewer: pub.reviewer_id === null ? null : person(pub.reviewer_id),
      reviewComment: pub.review_comment,
      piiJustification: pub.pii_justification,
      withdrawnReason: pub.withdrawn_reason,
      allowedActions: allowedActions({ status, authorId: pub.author_id }, ctx.user),
      reviewRefusal: reviewRefusal(status, pub.author_id, ctx.user),
      columnIds: columns.map((c) => c.id),
      interpretsId: pub.interprets_id,
    };
  }),

  create: editor.input(publicationInput).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    const at = ctx.deps.clock().toISOString();
    const id = await inTx(ctx.deps, async (trx) => {
      const { fields, columnIds } = await publicationFields(trx, organizationId, input);
      const id = await insertDraft(trx, ctx.user, organizationId, fields, at);
      await columnsRepo.setForPublication(trx, id, columnIds);
      await auditPublication(
        trx,
        ctx.user,
        { id, title: fields.title, organization_id: organizationId },
        'publication.create',
        at,
        '新建',
      );
      return id;
    });
    return { id };
  }),

  update: editor.input(updateInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      decideOrThrow('edit', pub, ctx.user);
      const { fields, columnIds } = await publicationFields(trx, pub.organization_id, input, pub.id);
      await publicationsRepo.update(trx, pub.id, { ...fields, updated_at: at });
      await columnsRepo.setForPublication(trx, pub.id, columnIds);
      await auditPublication(trx, ctx.user, { ...pub, title: fields.title }, 'publication.update', at, '修改');
    });
    return { id: input.id };
  }),

  importDocx: editor.input(importDocxInput).mutation(async ({ ctx, input }) => {
    const organizationId = orgIdOf(ctx.user);
    const file = ensureSameOrg(await filesRepo.findById(ctx.deps.db.db, input.fileId), organizationId, '文件');
    if (file.mime !== DOCX_MIME) throw fieldError('fileId', '请上传.docx格式的Word文档');
    let doc;
    try {
      doc = await importDocx(await ctx.deps.files.read(file.storage_key));
    } catch {
      throw fieldError('fileId', '无法读取该Word文档');
    }
    const parsed = publicationInput.safeParse({
      title: doc.title || file.file_name.replace(/\.docx$/i, '').slice(0, 200),
      docNumber: doc.docNumber,
      bodyHtml: doc.bodyHtml,
    });
    if (!parsed.success) throw fieldError('fileId', '无法从该Word文档中读出标题和正文');
    const at = ctx.deps.clock().toISOString();
    const id = await inTx(ctx.deps, async (trx) => {
      const { fields } = await publicationFields(trx, organizationId, parsed.data);
      const id = await insertDraft(trx, ctx.user, organizationId, fields, at);
      await auditPublication(
        trx,
        ctx.user,
        { id, title: fields.title, organization_id: organizationId },
        'publication.import',
        at,
        `从 ${file.file_name} 导入`,
        {
          fileId: file.id,
        },
      );
      return id;
    });
    return { id };
  }),

  addAttachment: editor.input(attachInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      decideOrThrow('edit', pub, ctx.user);
      const file = ensureSameOrg(await filesRepo.findById(trx, input.fileId), pub.organization_id, '文件');
      if (input.kind === 'image' && !file.mime.startsWith('image/'))
        throw fieldError('kind', '只有图片文件可以作为图片插入');
      await filesRepo.addAttachment(trx, pub.id, file.id, input.kind, at);
      await auditPublication(trx, ctx.user, pub, 'publication.attach', at, `添加附件 ${file.file_name} 到`, {
        fileId: file.id,
      });
    });
    return { ok: true as const };
  }),

  removeAttachment: editor.input(detachInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      decideOrThrow('edit', pub, ctx.user);
      const attachment = await filesRepo.findAttachment(trx, pub.id, input.attachmentId);
      if (!attachment) throw fieldError('attachmentId', '附件不存在');
      await filesRepo.removeAttachment(trx, attachment.id);
      await auditPublication(trx, ctx.user, pub, 'publication.detach', at, '删除附件，', {
        fileId: attachment.file_id,
      });
    });
    return { ok: true as const };
  }),

  submit: editor.input(byId).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const next = decideOrThrow('submit', pub, ctx.user);
      await updateUnlessStale(trx, pub, {
        status: next,
        submitted_at: at,
        updated_at: at,
      });
      await auditPublication(trx, ctx.user, pub, 'publication.submit', at, '提交审核');
    });
    return { ok: true as const };
  }),

  piiHits: requireRoles('reviewer', 'editor')
    .input(byId)
    .query(async ({ ctx, input }) => {
      const q = ctx.deps.db.db;
      const pub = await ownPublication(q, ctx.user, input.id);
      return { hits: await hitsOf(ctx.deps, q, pub) };
    }),

  maskHit: requireRoles('reviewer', 'editor')
    .input(maskHitInput)
    .mutation(async ({ ctx, input }) => {
      await inTx(ctx.deps, async (trx) => {
        const pub = await ownPublication(trx, ctx.user, input.id);
        ensureMayMask(pub, ctx.user);
        const hit = (await hitsOf(ctx.deps, trx, pub)).find((h) => h.id === input.hitId);
        if (!hit) throw fieldError('hitId', '该处个人信息已处理或不存在，请刷新');
        await applyMasks(ctx.deps, trx, ctx.user, pub, [hit]);
      });
      return { ok: true as const };
    }),

  maskAll: requireRoles('reviewer', 'editor')
    .input(byId)
    .mutation(async ({ ctx, input }) => {
      await inTx(ctx.deps, async (trx) => {
        const pub = await ownPublication(trx, ctx.user, input.id);
        ensureMayMask(pub, ctx.user);
        const hits = (await hitsOf(ctx.deps, trx, pub)).filter((h) => typeof h.source === 'string');
        if (hits.length > 0) await applyMasks(ctx.deps, trx, ctx.user, pub, hits);
      });
      return { ok: true as const };
    }),

  approve: reviewer.input(approveInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const hits = await hitsOf(ctx.deps, trx, pub);
      const next = decideOrThrow('approve', pub, ctx.user, {
        piiHitsLeft: hits.length,
        justification: input.justification,
      });
      await updateUnlessStale(trx, pub, {
        status: next,
        reviewer_id: ctx.user.id,
        reviewed_at: at,
        review_comment: '',
        pii_justification: hits.length > 0 ? input.justification : '',
        updated_at: at,
      });
      await auditPublication(trx, ctx.user, pub, 'publication.approve', at, '审核通过', {
        piiHitsLeft: hits.length,
        ...(hits.length > 0 ? { justification: input.justification } : {}),
      });
    });
    return { ok: true as const };
  }),

  return: reviewer.input(returnInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const next = decideOrThrow('return', pub, ctx.user, { comment: input.comment });
      await updateUnlessStale(trx, pub, {
        status: next,
        reviewer_id: ctx.user.id,
        reviewed_at: at,
        review_comment: input.comment,
        updated_at: at,
      });
      await auditPublication(trx, ctx.user, pub, 'publication.return', at, '退回修改', { comment: input.comment });
    });
    return { ok: true as const };
  }),

  /** Now, or at a future instant (then the item is scheduled and the scheduler publishes it). */
  publish: publisher.input(publishInput).mutation(async ({ ctx, input }) => {
    const now = ctx.deps.clock();
    return inTx(ctx.deps, async (trx) => {
      const pub = await ownPublication(trx, ctx.user, input.id);
      if (input.at && new Date(input.at) > now) {
        const next = decideOrThrow('schedule', pub, ctx.user);
        const at = now.toISOString();
        await updateUnlessStale(trx, pub, {
          status: next,
          scheduled_at: input.at,
          updated_at: at,
        });
        await auditPublication(trx, ctx.user, pub, 'publication.schedule', at, `定时于 ${input.at} 发布`, {
          at: input.at,
        });
        return { ok: true as const, indexNo: pub.index_no };
      }
      decideOrThrow('publish', pub, ctx.user);
      const indexNo = await publishNow(ctx.deps, trx, pub, actorOf(ctx.user), now);
      if (indexNo === null) throw conflict(STALE);
      return { ok: true as const, indexNo };
    });
  }),

  unschedule: publisher.input(byId).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const next = decideOrThrow('unschedule', pub, ctx.user);
      await updateUnlessStale(trx, pub, {
        status: next,
        scheduled_at: null,
        updated_at: at,
      });
      await auditPublication(trx, ctx.user, pub, 'publication.unschedule', at, '取消定时发布');
    });
    return { ok: true as const };
  }),

  /**
   * Changes a published item at once: its current text stays available as revision N, the new text
   * becomes revision N+1 (kept as well), the search index and page caches follow.
   */
  amend: publisher.input(amendInput).mutation(async ({ ctx, input }) => {
    return changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const { fields, columnIds } = await publicationFields(trx, pub.organization_id, input, pub.id);
      const texts = { title: fields.title, summary: fields.summary, bodyText: fields.body_text };
      const hits = await hitsOf(ctx.deps, trx, pub, texts);
      decideOrThrow('amend', pub, ctx.user, { piiHitsLeft: hits.length, justification: input.justification });
      if (!(await publicationsRepo.findRevision(trx, pub.id, pub.revision))) {
        await storeRevision(trx, pub, '', pub.publisher_id, pub.published_at ?? at);
      }
      const revision = pub.revision + 1;
      await updateUnlessStale(
        trx,
        pub,
        {
          ...fields,
          revision,
          pii_justification: hits.length > 0 ? input.justification : '',
          updated_at: at,
        },
        'published',
      );
      await columnsRepo.setForPublication(trx, pub.id, columnIds);
      const amended = (await publicationsRepo.findById(trx, pub.id))!;
      await storeRevision(trx, amended, input.changeNote, ctx.user.id, at);
      await indexForSearch(ctx.deps, trx, amended);
      await publicationsRepo.bumpContentVersion(trx);
      await auditPublication(trx, ctx.user, amended, 'publication.amend', at, `修订为第${revision}版：`, {
        revision,
        changeNote: input.changeNote,
        piiHitsLeft: hits.length,
      });
      return { ok: true as const, revision };
    });
  }),

  withdraw: publisher.input(withdrawInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      const next = decideOrThrow('withdraw', pub, ctx.user, { reason: input.reason });
      await updateUnlessStale(trx, pub, {
        status: next,
        withdrawn_at: at,
        withdrawn_reason: input.reason,
        updated_at: at,
      });
      await removeFromIndex(searchDbOf(ctx.deps, trx), pub.id);
      await publicationsRepo.bumpContentVersion(trx);
      await auditPublication(trx, ctx.user, pub, 'publication.withdraw', at, '撤回', { reason: input.reason });
    });
    return { ok: true as const };
  }),

  changeValidity: publisher.input(changeValidityInput).mutation(async ({ ctx, input }) => {
    await changeOwn(ctx.deps, ctx.user, input.id, async (trx, pub, at) => {
      decideOrThrow('changeValidity', pub, ctx.user);
      await publicationsRepo.insertValidityChange(trx, {
        publication_id: pub.id,
        validity: input.validity,
        effective_date: input.effectiveDate,
        note: input.note,
        created_by: ctx.user.id,
        created_at: at,
      });
      await publicationsRepo.update(trx, pub.id, { validity: input.validity, updated_at: at });
      await publicationsRepo.bumpContentVersion(trx);
      await auditPublication(
        trx,
        ctx.user,
        pub,
        'publication.change_validity',
        at,
        `有效性改为“${input.validity}”（${input.effectiveDate}起）：`,
        {
          from: pub.validity,
          to: input.validity,
          effectiveDate: input.effectiveDate,
          note: input.note,
        },
      );
    });
    return { ok: true as const };
  }),

  revisions: contentStaff.input(byId).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const pub = await ownPublication(q, ctx.user, input.id);
    const rows = await publicationsRepo.listRevisions(q, pub.id);
    return rows.map((r) => ({
      revision: r.revision,
      title: r.title,
      changeNote: r.change_note,
      createdAt: r.created_at,
      createdBy: r.created_by_name ?? '系统',
    }));
  }),
});
