/**
 * Which layout a report year uses (rules §5): the 2021 format from 2021 on, the 2019 trial format
 * for 2019–2020, and the free-form structure of the founding report (2007 条例) before that.
 */
import type { ReportFormat } from './types.js';

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = {
  '2021': '2021年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019年试行格式',
  '2007': '原有格式（2007年条例）',
};

export function reportFormatFor(year: number): ReportFormat {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return '2007';
}

/**
 * A pre-2019 report already exists as the historical published document; the draft regenerated from
 * data only serves to compare with it (decisions.md "Data and counting").
 */
export function isPublishableFormat(format: ReportFormat): boolean {
  return format !== '2007';
}

export const HISTORICAL_FORMAT_NOTE =
  '2019年以前年度的报告已按当时的格式发布，此处从数据重新生成的稿件仅供与已发布的年度报告对照，不能发布。';

export function reportTitle(organizationName: string, year: number): string {
  return `${organizationName}${year}年政府信息公开工作年度报告`;
}
