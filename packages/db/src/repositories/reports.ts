import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AnnualReportTable, AnnualReportVersionTable, Database, ReportJobTable } from '../schema.js';

/**
 * Query module for annual reports (年度报告), their versions and generation jobs. The versions'
 * records, manual and narrative columns are JSON text: callers stringify and parse them.
 */
type Q = Kysely<Database>;

export async function insertReport(q: Q, row: Insertable<AnnualReportTable>): Promise<number> {
  const { id } = await q.insertInto('annual_reports').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findReport = (q: Q, id: number) =>
  q.selectFrom('annual_reports').selectAll().where('id', '=', id).executeTakeFirst();

export const findReportByYear = (q: Q, organizationId: number, year: number) =>
  q
    .selectFrom('annual_reports')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .executeTakeFirst();

/** The organization's reports, latest year first. */
export const listReports = (q: Q, organizationId: number) =>
  q
    .selectFrom('annual_reports')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('year', 'desc')
    .execute();

export async function updateReport(q: Q, id: number, changes: Updateable<AnnualReportTable>): Promise<void> {
  await q.updateTable('annual_reports').set(changes).where('id', '=', id).execute();
}

export async function insertVersion(q: Q, row: Insertable<AnnualReportVersionTable>): Promise<number> {
  const { id } = await q.insertInto('annual_report_versions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findVersion = (q: Q, reportId: number, version: number) =>
  q
    .selectFrom('annual_report_versions')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();

/** Every version's metadata (not the JSON), oldest first, with the name of who generated it. */
export const listVersions = (q: Q, reportId: number) =>
  q
    .selectFrom('annual_report_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select([
      'v.id',
      'v.version',
      'v.change_note',
      'v.created_by',
      'u.display_name as created_by_name',
      'v.created_at',
      'v.published_at',
    ])
    .where('v.report_id', '=', reportId)
    .orderBy('v.version')
    .execute();

/** Staff edits (manual figures, narrative) and the publication stamp of one version. */
export type VersionChanges = Pick<
  Updateable<AnnualReportVersionTable>,
  'manual' | 'narrative' | 'change_note' | 'published_at'
>;

export async function updateVersion(q: Q, reportId: number, version: number, changes: VersionChanges): Promise<void> {
  await q
    .updateTable('annual_report_versions')
    .set(changes)
    .where('report_id', '=', reportId)
    .where('version', '=', version)
    .execute();
}

export interface PublishedReportFilter {
  organizationSlug?: string;
}

/**
 * Published reports with their organization and 年度报告 item, by organization (in the
 * deployment's order) and latest year first: the public list of all reports.
 */
export const publishedReports = (q: Q, f: PublishedReportFilter = {}) => {
  let query = q
    .selectFrom('annual_reports as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .innerJoin('publications as p', 'p.id', 'r.publication_id')
    .select([
      'r.id',
      'r.organization_id',
      'o.slug',
      'o.name',
      'r.year',
      'r.format',
      'r.publication_id',
      'p.index_no',
      'p.published_at',
      'r.published_version as version',
    ])
    .where('r.status', '=', 'published')
    .where('p.status', '=', 'published');
  if (f.organizationSlug !== undefined) query = query.where('o.slug', '=', f.organizationSlug);
  return query
    .orderBy('o.is_primary', 'desc')
    .orderBy('o.sort_order')
    .orderBy('o.id')
    .orderBy('r.year', 'desc')
    .execute();
};

export async function insertJob(q: Q, row: Insertable<ReportJobTable>): Promise<number> {
  const { id } = await q.insertInto('report_jobs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateJob(q: Q, id: number, changes: Updateable<ReportJobTable>): Promise<void> {
  await q.updateTable('report_jobs').set(changes).where('id', '=', id).execute();
}

export const findJob = (q: Q, id: number) =>
  q.selectFrom('report_jobs').selectAll().where('id', '=', id).executeTakeFirst();
