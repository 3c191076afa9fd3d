/** The statistical tables of a report format (none for the free-form 2007 structure). */
import { table2Of2019, table2Of2021 } from './table-2.js';
import { table3 } from './table-3.js';
import { table4 } from './table-4.js';
import type { ManualValues, ReportFormat, ReportRecords, ReportTable } from './types.js';

export function buildReportTables(format: ReportFormat, records: ReportRecords, manual: ManualValues): ReportTable[] {
  switch (format) {
    case '2021':
      return [...table2Of2021(records, manual), table3(format, records), table4(records)];
    case '2019':
      return [...table2Of2019(records, manual), table3(format, records), table4(records)];
    case '2007':
      return [];
  }
}
