/**
 * The report as HTML: the public page, the 年度报告 item's body and the console preview all use
 * this one rendering. Every text is escaped here, so callers may insert the result as HTML.
 */
import type { HeaderCell, ReportDocument, ReportTable, TableCell } from '@gongkai/domain';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface HtmlOptions {
  /** Console preview: numbers backed by records link to `?trace=<key>` (the list behind them). */
  readonly traceLinks?: boolean;
}

function spans(cell: HeaderCell): string {
  return (
    (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
    (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '')
  );
}

/** A header cell spanning several columns heads a column group; one spanning rows only, a column. */
const colScope = (cell: HeaderCell) => ((cell.colSpan ?? 1) > 1 ? 'colgroup' : 'col');
const rowScope = (cell: HeaderCell) => ((cell.rowSpan ?? 1) > 1 ? 'rowgroup' : 'row');

export function formatCellValue(cell: TableCell): string {
  if (cell.value === null) return '';
  return Number.isInteger(cell.value) ? String(cell.value) : String(Number(cell.value.toFixed(4)));
}

function valueCell(cell: TableCell, options: HtmlOptions): string {
  const text = esc(formatCellValue(cell));
  const linked = options.traceLinks && cell.trace !== null && text !== '';
  const content = linked ? `<a href="?trace=${encodeURIComponent(cell.key)}">${text}</a>` : text;
  const manual = cell.source === 'manual' ? ' class="report-manual"' : '';
  return `<td data-key="${esc(cell.key)}"${manual}>${content}</td>`;
}

export function renderTableHtml(table: ReportTable, options: HtmlOptions = {}): string {
  const caption = table.caption ? `<caption>${esc(table.caption)}</caption>` : '';
  const head = table.head
    .map((row) => `<tr>${row.map((c) => `<th scope="${colScope(c)}"${spans(c)}>${esc(c.text)}</th>`).join('')}</tr>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.labels.map((c) => `<th scope="${rowScope(c)}"${spans(c)}>${esc(c.text)}</th>`).join('')}${row.cells
          .map((c) => valueCell(c, options))
          .join('')}</tr>`,
    )
    .join('');
  const note = table.note ? `<p class="report-note">${esc(table.note)}</p>` : '';
  return `<div class="report-table"><table id="${esc(table.id)}">${caption}<thead>${head}</thead><tbody>${body}</tbody></table>${note}</div>`;
}

const paragraphs = (texts: readonly string[]) => texts.map((p) => `<p>${esc(p)}</p>`).join('');

/** The sections (headings h2, tables) without the title, which each page sets in its own heading. */
export function renderReportHtml(document: ReportDocument, options: HtmlOptions = {}): string {
  const sections = document.sections
    .map(
      (s) =>
        `<section class="report-section"><h2>${esc(s.heading)}</h2>${paragraphs(s.paragraphs)}${s.tables
          .map((t) => renderTableHtml(t, options))
          .join('')}</section>`,
    )
    .join('');
  return `<div class="report">${paragraphs(document.intro)}${sections}</div>`;
}
