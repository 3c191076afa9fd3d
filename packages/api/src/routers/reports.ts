/**
 * 年度报告 in the console: generate a version (a job with progress), fill in the figures only staff
 * know, edit the narrative, trace a number to its records, compare versions, publish and amend.
 */
import type { Kysely, Selectable } from 'kysely';
import { TRPCError } from '@trpc/server';
import { reportTraceRepo, reportsRepo, type AnnualReportTable, type Database } from '@gongkai/db';
import {
  DOCX_MIME,
  diffReports,
  manualFields,
  narrativeSections,
  parseManualValue,
  reportCells,
  shanghaiYear,
  type ManualValues,
  type Narrative,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf, ensureSameOrg, orgIdOf } from '../authz.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { renderReportDocx } from '../reports/docx.js';
import { renderReportHtml } from '../reports/html.js';
import { jobView, startReportJob } from '../reports/job.js';
import { amendReportItem, prepareReportDocx, publishReportItem } from '../reports/publish.js';
import { historicalReportId } from '../reports/public-list.js';
import { checkVersion, documentOf, formatOf, organizationName, parseVersion } from '../reports/version.js';
import { discardFiles } from '../files.js';
import {
  diffInput,
  generateInput,
  jobInput,
  manualInput,
  narrativeInput,
  publishInput,
  reportInput,
  traceInput,
} from '../schemas/reports.js';
import type { StaffUser } from '../sessions.js';
import { requireRoles, router } from '../trpc.js';
import { inTx } from '../tx.js';

const TRACE_PAGE_SIZE = 20;
const editor = requireRoles('office_head', 'org_admin');
const publisher = requireRoles('office_head');

async function ownReport(q: Kysely<Database>, user: StaffUser, id: number) {
  return ensureSameOrg(await reportsRepo.findReport(q, id), orgIdOf(user), '年度报告');
}

async function versionRow(q: Kysely<Database>, report: Selectable<AnnualReportTable>, version?: number) {
  const row = await reportsRepo.findVersion(q, report.id, version ?? report.current_version);
  if (!row) throw notFound('该版本不存在');
  return row;
}

/** The latest version, while not yet published: the only one staff may still change. */
async function editableVersion(q: Kysely<Database>, report: Selectable<AnnualReportTable>) {
  if (report.published_version === report.current_version) {
    throw badRequest('该版本已发布，不能再修改；如需修订，请先重新生成');
  }
  return versionRow(q, report);
}

/** Stores a change of the draft version (narrative or staff figures) with its audit entry. */
async function changeDraft(
  trx: Kysely<Database>,
  deps: { clock: () => Date },
  user: StaffUser,
  report: Selectable<AnnualReportTable>,
  version: number,
  change: { narrative: string } | { manual: string },
  audit: { action: 'report.narrative' | 'report.manual'; summary: string; detail: Record<string, unknown> },
) {
  const at = deps.clock().toISOString();
  await reportsRepo.updateVersion(trx, report.id, version, change);
  await reportsRepo.updateReport(trx, report.id, { updated_at: at });
  await appendAudit(trx, {
    at,
    actor: actorOf(user),
    organizationId: report.organization_id,
    entityType: 'annual_report',
    entityId: report.id,
    ...audit,
    detail: { version, ...audit.detail },
  });
}

export const reportsRouter = router({
  list: editor.query(async ({ ctx }) => {
    const rows = await reportsRepo.listReports(ctx.deps.db.db, orgIdOf(ctx.user));
    return {
      items: rows.map((r) => ({
        id: r.id,
        year: r.year,
        format: formatOf(r),
        status: r.status as 'draft' | 'published',
        currentVersion: r.current_version,
        publishedVersion: r.published_version,
        updatedAt: r.updated_at,
      })),
      // Reports are due early in the year after the one they cover.
      suggestedYear: shanghaiYear(ctx.deps.clock()) - 1,
    };
  }),

  generate: editor.input(generateInput).mutation(async ({ ctx, input }) => {
    if (input.year > shanghaiYear(ctx.deps.clock())) throw badRequest('不能生成未来年度的报告');
    const { jobId } = await startReportJob(ctx.deps, ctx.user, orgIdOf(ctx.user), input.year);
    return { jobId };
  }),

  job: editor.input(jobInput).query(async ({ ctx, input }) => {
    const job = await jobView(ctx.deps, orgIdOf(ctx.user), input.jobId);
    if (!job) throw notFound('生成任务不存在');
    return job;
  }),

  get: editor.input(reportInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const report = await ownReport(q, ctx.user, input.id);
    const row = await versionRow(q, report, input.version);
    const inputs = parseVersion(row);
    const name = await organizationName(q, report.organization_id);
    const { document, problems, recordChanges } = await checkVersion(q, report, name, inputs);
    const format = formatOf(report);
    const versions = await reportsRepo.listVersions(q, report.id);
    return {
      id: report.id,
      year: report.year,
      format,
      status: report.status as 'draft' | 'published',
      organizationName: name,
      version: row.version,
      currentVersion: report.current_version,
      publishedVersion: report.published_version,
      editable: row.version === report.current_version && report.published_version !== row.version,
      versions: versions.map((v) => ({
        version: v.version,
        createdAt: v.created_at,
        createdBy: v.created_by_name ?? '',
        changeNote: v.change_note,
        publishedAt: v.published_at,
      })),
      document,
      html: renderReportHtml(document, { traceLinks: true }),
      narrative: inputs.narrative,
      narrativeSections: narrativeSections(format),
      manualFields: manualFields(format),
      manual: inputs.manual,
      figures: document.figures,
      problems,
      recordChanges,
      publicationId: report.publication_id,
      historicalPublicationId: await historicalReportId(q, report.organization_id, report.year),
    };
  }),

  saveNarrative: editor.input(narrativeInput).mutation(async ({ ctx, input }) => {
    return inTx(ctx.deps, async (trx) => {
      const report = await ownReport(trx, ctx.user, input.id);
      const row = await editableVersion(trx, report);
      const known = new Set(narrativeSections(formatOf(report)).map((s) => s.id));
      const narrative: Narrative = { ...parseVersion(row).narrative };
      for (const [section, text] of Object.entries(input.narrative)) {
        if (!known.has(section)) throw badRequest('叙述部分无效');
        (narrative as Record<string, string>)[section] = text.replace(/\r\n?/g, '\n').trim();
      }
      await changeDraft(
        trx,
        ctx.deps,
        ctx.user,
        report,
        row.version,
        { narrative: JSON.stringify(narrative) },
        {
          action: 'report.narrative',
          summary: `修改${report.year}年年度报告第${row.version}版的叙述`,
          detail: { sections: Object.keys(input.narrative) },
        },
      );
      return { ok: true as const };
    });
  }),

  saveManual: editor.input(manualInput).mutation(async ({ ctx, input }) => {
    return inTx(ctx.deps, async (trx) => {
      const report = await ownReport(trx, ctx.user, input.id);
      const row = await editableVersion(trx, report);
      const fields = new Map(manualFields(formatOf(report)).map((f) => [f.key, f]));
      const manual: Record<string, ManualValues[string]> = { ...parseVersion(row).manual };
      const errors: Record<string, string> = {};
      for (const [key, entry] of Object.entries(input.values)) {
        const field = fields.get(key);
        if (!field) throw badRequest('填报项无效');
        const parsed = parseManualValue(field, entry.value);
        if (!parsed.ok) errors[`${key}.value`] = parsed.message;
        else manual[key] = { value: parsed.value, note: entry.note };
      }
      if (Object.keys(errors).length > 0) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: Object.values(errors)[0]!,
          cause: new FieldErrors(errors),
        });
      }
      await changeDraft(
        trx,
        ctx.deps,
        ctx.user,
        report,
        row.version,
        { manual: JSON.stringify(manual) },
        {
          action: 'report.manual',
          summary: `填报${report.year}年年度报告第${row.version}版的数据`,
          detail: { values: input.values },
        },
      );
      return { ok: true as const };
    });
  }),

  diff: editor.input(diffInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const report = await ownReport(q, ctx.user, input.id);
    const name = await organizationName(q, report.organization_id);
    const [from, to] = await Promise.all([versionRow(q, report, input.from), versionRow(q, report, input.to)]);
    return {
      from: from.version,
      to: to.version,
      changes: diffReports(documentOf(report, name, parseVersion(from)), documentOf(report, name, parseVersion(to))),
    };
  }),

  trace: editor.input(traceInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const report = await ownReport(q, ctx.user, input.id);
    const row = await versionRow(q, report, input.version);
    const name = await organizationName(q, report.organization_id);
    const document = documentOf(report, name, parseVersion(row));
    const target =
      reportCells(document).find((c) => c.key === input.key) ??
      document.figures
        .map((f) => ({ key: f.key, label: f.name, value: f.value, trace: f.trace }))
        .find((f) => f.key === input.key);
    if (!target?.trace) throw notFound('该数字没有对应的记录清单');
    const { total, items } = await reportTraceRepo.traceRecords(q, report.organization_id, report.year, target.trace, {
      limit: TRACE_PAGE_SIZE,
      offset: (input.page - 1) * TRACE_PAGE_SIZE,
    });
    return {
      key: target.key,
      label: target.label,
      value: target.value,
      total,
      page: input.page,
      pageSize: TRACE_PAGE_SIZE,
      items,
    };
  }),

  publish: publisher.input(publishInput).mutation(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const report = await ownReport(q, ctx.user, input.id);
    const row = await editableVersion(q, report);
    const inputs = parseVersion(row);
    const name = await organizationName(q, report.organization_id);
    const { document, problems } = await checkVersion(q, report, name, inputs);
    if (problems.length > 0) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `发布前检查未通过：${problems.map((p) => p.message).join('；')}`,
      });
    }
    const amending = report.publication_id !== null;
    if (amending && input.changeNote === '') {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: '修订已发布的报告须填写修订说明',
        cause: new FieldErrors({ changeNote: '修订已发布的报告须填写修订说明' }),
      });
    }
    const docx = await prepareReportDocx(ctx.deps, document);
    const actor = { ...actorOf(ctx.user), id: ctx.user.id };
    try {
      return await inTx(ctx.deps, async (trx) => {
        const at = ctx.deps.clock().toISOString();
        // Publishing is a write decided on what was read: refuse if another publish came first.
        const fresh = await ownReport(trx, ctx.user, report.id);
        if (fresh.current_version !== row.version || fresh.published_version === row.version) {
          throw badRequest('报告已变化，请刷新后重试');
        }
        const { publicationId, indexNo } = amending
          ? {
              publicationId: report.publication_id!,
              indexNo: await amendReportItem(
                ctx.deps,
                trx,
                report.publication_id!,
                document,
                docx,
                input.changeNote,
                actor,
              ),
            }
          : await publishReportItem(ctx.deps, trx, report, document, docx, actor);
        await reportsRepo.updateVersion(trx, report.id, row.version, {
          published_at: at,
          change_note: amending ? input.changeNote : '首次发布',
        });
        await reportsRepo.updateReport(trx, report.id, {
          status: 'published',
          publication_id: publicationId,
          published_version: row.version,
          updated_at: at,
        });
        await appendAudit(trx, {
          at,
          actor,
          organizationId: report.organization_id,
          action: amending ? 'report.amend' : 'report.publish',
          entityType: 'annual_report',
          entityId: report.id,
          summary: `${amending ? '修订' : '发布'}${report.year}年政府信息公开工作年度报告（第${row.version}版），索引号 ${indexNo}`,
          detail: { version: row.version, publicationId, changeNote: input.changeNote },
        });
        return { publicationId, indexNo };
      });
    } catch (error) {
      await discardFiles(ctx.deps, [docx]);
      throw error;
    }
  }),

  docx: editor.input(reportInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const report = await ownReport(q, ctx.user, input.id);
    const row = await versionRow(q, report, input.version);
    const name = await organizationName(q, report.organization_id);
    const document = documentOf(report, name, parseVersion(row));
    const bytes = await renderReportDocx(document);
    return {
      fileName: `${document.title}（第${row.version}版）.docx`,
      mime: DOCX_MIME,
      base64: Buffer.from(bytes).toString('base64'),
    };
  }),
});
