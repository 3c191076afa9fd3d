/**
 * The 生成报告 job: runs in the API process that received the request, records its progress in
 * `report_jobs` (any process can read it) and stores the new version with its audit entry in one
 * transaction at the end. A job whose process died stops being updated and reads as interrupted.
 */
import { reportsRepo } from '@gongkai/db';
import { reportFormatFor } from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf } from '../authz.js';
import type { ApiDeps } from '../context.js';
import type { StaffUser } from '../sessions.js';
import { inTx } from '../tx.js';
import { GENERATION_STEPS, generateReportDocument } from './generate.js';
import { organizationName, parseVersion } from './version.js';

/** A running job not heard from for this long has lost its process. */
export const STALE_JOB_MS = 60_000;
const INTERRUPTED = '生成中断，请重新生成';

export interface JobView {
  id: number;
  year: number;
  state: 'running' | 'done' | 'failed';
  step: number;
  steps: number;
  label: string;
  reportId: number | null;
  version: number | null;
  error: string;
}

export async function jobView(deps: ApiDeps, organizationId: number, id: number): Promise<JobView | null> {
  const row = await reportsRepo.findJob(deps.db.db, id);
  if (!row || row.organization_id !== organizationId) return null;
  const stale = row.state === 'running' && deps.clock().getTime() - Date.parse(row.updated_at) > STALE_JOB_MS;
  return {
    id: row.id,
    year: row.year,
    state: stale ? 'failed' : (row.state as JobView['state']),
    step: row.step,
    steps: row.steps,
    label: row.label,
    reportId: row.report_id,
    version: row.version,
    error: stale ? INTERRUPTED : row.error,
  };
}

/** Starts generating `year` for the user's organization; returns the job id at once. */
export async function startReportJob(deps: ApiDeps, user: StaffUser, organizationId: number, year: number) {
  const at = deps.clock().toISOString();
  const jobId = await reportsRepo.insertJob(deps.db.db, {
    organization_id: organizationId,
    year,
    state: 'running',
    step: 0,
    steps: GENERATION_STEPS,
    label: '准备中',
    report_id: null,
    version: null,
    error: '',
    started_by: user.id,
    started_at: at,
    updated_at: at,
  });
  const done = runJob(deps, user, organizationId, year, jobId).catch(async (error: unknown) => {
    console.error(`[reports] job ${jobId} failed`, error);
    // Nothing awaits the job: a failure to record the failure must not become an unhandled
    // rejection (it would end the process); the job then reads as interrupted after a minute.
    await reportsRepo
      .updateJob(deps.db.db, jobId, {
        state: 'failed',
        error: '生成失败，请稍后重试',
        updated_at: deps.clock().toISOString(),
      })
      .catch((e: unknown) => console.error(`[reports] job ${jobId}: could not record the failure`, e));
  });
  return { jobId, done };
}

async function runJob(deps: ApiDeps, user: StaffUser, organizationId: number, year: number, jobId: number) {
  const q = deps.db.db;
  const name = await organizationName(q, organizationId);
  const existing = await reportsRepo.findReportByYear(q, organizationId, year);
  const latest = existing ? await reportsRepo.findVersion(q, existing.id, existing.current_version) : undefined;
  const carried = latest ? parseVersion(latest) : undefined;
  const generated = await generateReportDocument(
    deps.db,
    { id: organizationId, name },
    year,
    (step, _total, label) => reportsRepo.updateJob(q, jobId, { step, label, updated_at: deps.clock().toISOString() }),
    carried && { manual: carried.manual, narrative: carried.narrative },
  );
  await inTx(deps, async (trx) => {
    const at = deps.clock().toISOString();
    // Read again inside the transaction: another job for the same year may have finished meanwhile.
    const report = await reportsRepo.findReportByYear(trx, organizationId, year);
    const reportId =
      report?.id ??
      (await reportsRepo.insertReport(trx, {
        organization_id: organizationId,
        year,
        format: reportFormatFor(year),
        status: 'draft',
        publication_id: null,
        current_version: 0,
        published_version: null,
        created_at: at,
        updated_at: at,
      }));
    const version = (report?.current_version ?? 0) + 1;
    await reportsRepo.insertVersion(trx, {
      report_id: reportId,
      version,
      records: JSON.stringify(generated.records),
      manual: JSON.stringify(generated.manual),
      narrative: JSON.stringify(generated.narrative),
      change_note: '',
      created_by: user.id,
      created_at: at,
      published_at: null,
    });
    await reportsRepo.updateReport(trx, reportId, { current_version: version, updated_at: at });
    await appendAudit(trx, {
      at,
      actor: actorOf(user),
      organizationId,
      action: 'report.generate',
      entityType: 'annual_report',
      entityId: reportId,
      summary: `生成${year}年政府信息公开工作年度报告第${version}版`,
      detail: { year, version, problems: generated.problems.length },
    });
    await reportsRepo.updateJob(trx, jobId, {
      state: 'done',
      step: GENERATION_STEPS,
      label: '已完成',
      report_id: reportId,
      version,
      updated_at: at,
    });
  });
}
