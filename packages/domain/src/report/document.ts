/**
 * The report document, rebuilt from a version's records, staff figures and narrative, so that HTML,
 * Word and JSON always show the same numbers.
 */
import { reportFigures } from './figures.js';
import { reportTitle } from './format.js';
import { narrativeSections } from './narrative.js';
import { renderNarrative } from './placeholders.js';
import { buildReportTables } from './tables.js';
import type { ManualValues, Narrative, ReportDocument, ReportFormat, ReportRecords, ReportSection } from './types.js';

export interface ReportInput {
  readonly organizationName: string;
  readonly year: number;
  readonly format: ReportFormat;
  readonly records: ReportRecords;
  readonly manual: ManualValues;
  readonly narrative: Narrative;
}

/** Sections 二–四 of the 2021 and 2019 formats: tables under a fixed lead line. */
const TABLE_SECTIONS = [
  { heading: '二、主动公开政府信息情况', lead: '本年度主动公开政府信息情况如下：', prefix: 't2' },
  { heading: '三、收到和处理政府信息公开申请情况', lead: '本年度收到和处理政府信息公开申请情况如下：', prefix: 't3' },
  {
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    lead: '本年度政府信息公开行政复议、行政诉讼情况如下：',
    prefix: 't4',
  },
] as const;

export function buildReportDocument(input: ReportInput): ReportDocument {
  const { organizationName, year, format, records, manual, narrative } = input;
  const figures = reportFigures(records, organizationName);
  const paragraphs = (id: string) => renderNarrative(narrative[id] ?? '', figures, { organizationName, year });
  const sections = narrativeSections(format);
  const narrativeSection = (id: string): ReportSection => ({
    heading: sections.find((s) => s.id === id)?.heading ?? '',
    paragraphs: paragraphs(id),
    tables: [],
  });
  const base = { title: reportTitle(organizationName, year), organizationName, year, format, figures };
  if (format === '2007') {
    return {
      ...base,
      intro: paragraphs('intro'),
      sections: sections.filter((s) => s.id !== 'intro').map((s) => narrativeSection(s.id)),
    };
  }
  const tables = buildReportTables(format, records, manual);
  return {
    ...base,
    intro: [],
    sections: [
      narrativeSection('overview'),
      ...TABLE_SECTIONS.map(({ heading, lead, prefix }) => ({
        heading,
        paragraphs: [lead],
        tables: tables.filter((t) => t.id.startsWith(prefix)),
      })),
      narrativeSection('problems'),
      narrativeSection('other'),
    ],
  };
}
