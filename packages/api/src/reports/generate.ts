/**
 * Generating a report version: the year's records counted step by step (the job shows each step),
 * then the document built, checked and rendered. The bench times exactly this function.
 */
import type { Kysely } from 'kysely';
import { REPORT_RECORD_STEPS, loadReportRecords, type Database } from '@gongkai/db';
import {
  buildReportDocument,
  checkReport,
  defaultNarrative,
  reportFigures,
  reportFormatFor,
  type ManualValues,
  type Narrative,
  type ReportDocument,
  type ReportProblem,
  type ReportRecords,
} from '@gongkai/domain';
import { renderReportDocx } from './docx.js';
import { renderReportHtml } from './html.js';

export type StepListener = (done: number, total: number, label: string) => void | Promise<void>;

/** The records steps of the db, then building the document. */
export const GENERATION_STEPS = REPORT_RECORD_STEPS.length + 1;
const DOCUMENT_STEP = '生成报告文档';

export interface Generated {
  readonly records: ReportRecords;
  readonly manual: ManualValues;
  readonly narrative: Narrative;
  readonly document: ReportDocument;
  readonly problems: ReportProblem[];
}

/**
 * `carried`: the figures and narrative of the previous version, kept over a regeneration; a first
 * version starts with the format's draft narrative bound to this year's figures.
 */
export async function generateReportDocument(
  db: { db: Kysely<Database> },
  org: { id: number; name: string },
  year: number,
  onStep?: StepListener,
  carried?: { manual: ManualValues; narrative: Narrative },
): Promise<Generated> {
  const format = reportFormatFor(year);
  const records = await loadReportRecords(db.db, org.id, year, onStep);
  await onStep?.(REPORT_RECORD_STEPS.length, GENERATION_STEPS, DOCUMENT_STEP);
  const manual = carried?.manual ?? {};
  const narrative = carried?.narrative ?? defaultNarrative(format, reportFigures(records, org.name));
  const document = buildReportDocument({ organizationName: org.name, year, format, records, manual, narrative });
  const problems = checkReport({
    format,
    document,
    manual,
    narrative,
    figures: document.figures,
    storedRecords: records,
    currentRecords: records,
  });
  // Rendered once here so a document the renderers cannot handle fails the job, not a later download.
  renderReportHtml(document);
  await renderReportDocx(document);
  return { records, manual, narrative, document, problems };
}
