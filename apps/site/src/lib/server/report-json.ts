/**
 * The machine-readable form of a published annual report: every table with its merged headers and
 * cell keys, every cell again as a flat labelled list (what a spreadsheet or a script wants), the
 * bound figures and the text. Trace references stay out: they point into staff-only records.
 */
import { reportCells, type ReportDocument, type ReportTable } from '@gongkai/domain';
import type { api } from './api.js';

export type PublicReport = Awaited<ReturnType<ReturnType<typeof api>['publicReports']['get']['query']>>;

type ReportJsonSource = Pick<
  PublicReport,
  'organization' | 'year' | 'format' | 'title' | 'indexNo' | 'publishedAt' | 'version' | 'amendments'
> & { document: ReportDocument };

const tableJson = (table: ReportTable) => ({
  id: table.id,
  caption: table.caption,
  head: table.head,
  rows: table.rows.map((row) => ({
    labels: row.labels,
    cells: row.cells.map(({ key, value, source }) => ({ key, value, source })),
  })),
  note: table.note,
});

/** The report.json body; `url` is the report page's absolute address. */
export function reportJson(report: ReportJsonSource, url: string) {
  const { document } = report;
  return {
    title: report.title,
    organization: report.organization.name,
    year: report.year,
    format: report.format,
    indexNo: report.indexNo,
    publishedAt: report.publishedAt,
    version: report.version,
    amendments: report.amendments,
    url,
    intro: document.intro,
    sections: document.sections.map((section) => ({
      heading: section.heading,
      paragraphs: section.paragraphs,
      tables: section.tables.map(tableJson),
    })),
    figures: document.figures.map(({ key, name, value, unit }) => ({ key, name, value, unit })),
    cells: reportCells(document).map(({ key, label, value, source }) => ({ key, label, value, source })),
  };
}

/** The download's file name: the report's title, as on the page and in the Word file. */
export const reportJsonFileName = (report: Pick<PublicReport, 'title'>) => `${report.title}.json`;
