/**
 * A stored report version as the domain sees it: the three JSON inputs parsed, the document rebuilt
 * from them, and the pre-publication check against the records as they are now.
 */
import type { Kysely, Selectable } from 'kysely';
import {
  organizationsRepo,
  loadReportRecords,
  type AnnualReportTable,
  type AnnualReportVersionTable,
  type Database,
} from '@gongkai/db';
import {
  buildReportDocument,
  checkReport,
  recordChanges,
  type ManualValues,
  type Narrative,
  type ReportChange,
  type ReportDocument,
  type ReportFormat,
  type ReportProblem,
  type ReportRecords,
} from '@gongkai/domain';

export interface VersionInputs {
  readonly records: ReportRecords;
  readonly manual: ManualValues;
  readonly narrative: Narrative;
}

export function parseVersion(row: Selectable<AnnualReportVersionTable>): VersionInputs {
  return {
    records: JSON.parse(row.records) as ReportRecords,
    manual: JSON.parse(row.manual) as ManualValues,
    narrative: JSON.parse(row.narrative) as Narrative,
  };
}

export const formatOf = (report: Pick<Selectable<AnnualReportTable>, 'format'>) => report.format as ReportFormat;

export function documentOf(
  report: Pick<Selectable<AnnualReportTable>, 'format' | 'year'>,
  organizationName: string,
  inputs: VersionInputs,
): ReportDocument {
  return buildReportDocument({ organizationName, year: report.year, format: formatOf(report), ...inputs });
}

export async function organizationName(q: Kysely<Database>, organizationId: number): Promise<string> {
  const org = await organizationsRepo.findById(q, organizationId);
  if (!org) throw new Error(`organization ${organizationId} missing`);
  return org.name;
}

export interface CheckedVersion {
  readonly document: ReportDocument;
  readonly problems: ReportProblem[];
  /** The version's figures against the records now (late corrections since it was generated). */
  readonly recordChanges: ReportChange[];
}

export async function checkVersion(
  q: Kysely<Database>,
  report: Selectable<AnnualReportTable>,
  name: string,
  inputs: VersionInputs,
): Promise<CheckedVersion> {
  const format = formatOf(report);
  const document = documentOf(report, name, inputs);
  const current = await loadReportRecords(q, report.organization_id, report.year);
  return {
    document,
    problems: checkReport({
      format,
      document,
      manual: inputs.manual,
      narrative: inputs.narrative,
      figures: document.figures,
      storedRecords: inputs.records,
      currentRecords: current,
    }),
    recordChanges: recordChanges(format, inputs.records, current),
  };
}
