/**
 * Table cells: constructors, so every table marks where its numbers come from the same way, and the
 * labels a cell is known by outside its table.
 */
import type { HeaderCell, ManualValues, ReportDocument, ReportTable, TableCell, TraceRef } from './types.js';

export const recordCell = (key: string, value: number, trace: TraceRef | null): TableCell => ({
  key,
  value,
  source: 'records',
  trace,
});

/** A total of the cells beside it; its trace (when one set covers it) lists the same records. */
export const sumCell = (key: string, parts: readonly TableCell[], trace: TraceRef | null): TableCell => ({
  key,
  value: parts.reduce((sum, cell) => sum + (cell.value ?? 0), 0),
  source: 'sum',
  trace,
});

export const manualCell = (key: string, manual: ManualValues): TableCell => ({
  key,
  value: manual[key]?.value ?? null,
  source: 'manual',
  trace: null,
});

const TABLE_NAMES: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四' };

export function tableName(table: ReportTable): string {
  return TABLE_NAMES[table.id.slice(0, 2)] ?? table.id;
}

/** Places spanning cells on a grid the way HTML tables do: each takes the first free slot of its row. */
function layout(rows: readonly (readonly HeaderCell[])[], width: number): (HeaderCell | undefined)[][] {
  const grid = rows.map(() => new Array<HeaderCell | undefined>(width).fill(undefined));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < width && grid[r]?.[c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < rows.length; dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1) && c + dc < width; dc++) grid[r + dr]![c + dc] = cell;
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}

const distinct = (cells: readonly (HeaderCell | undefined)[]): HeaderCell[] =>
  cells.filter((cell, i): cell is HeaderCell => cell !== undefined && cells.indexOf(cell) === i);

export interface LabelledCell extends TableCell {
  /** "表三 · 一、本年新收政府信息公开申请数量 · 自然人". */
  readonly label: string;
}

/**
 * Every data cell of a table with a label read off its row and column headers. A header spanning
 * all data columns (申请人情况) is dropped where a narrower one names the column.
 */
export function labelledCells(table: ReportTable): LabelledCell[] {
  const width = (table.head[0] ?? []).reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  const dataWidth = table.rows[0]?.cells.length ?? 0;
  const labelWidth = width - dataWidth;
  const head = layout(table.head, width);
  const columnNames = Array.from({ length: dataWidth }, (_, j) => {
    const chain = distinct(head.map((row) => row[labelWidth + j]));
    const narrow = chain.length > 1 ? chain.filter((cell) => (cell.colSpan ?? 1) < dataWidth) : chain;
    return narrow.map((cell) => cell.text);
  });
  const rowLabels = layout(
    table.rows.map((row) => row.labels),
    labelWidth,
  );
  return table.rows.flatMap((row, i) => {
    const rowNames = distinct(rowLabels[i] ?? []).map((cell) => cell.text);
    return row.cells.map((cell, j) => ({
      ...cell,
      label: [tableName(table), ...rowNames, ...(columnNames[j] ?? [])].join(' · '),
    }));
  });
}

/** The cells of a document's tables, in reading order, with their labels (trace pages, diffs, checks). */
export function reportCells(document: ReportDocument): LabelledCell[] {
  return document.sections.flatMap((section) => section.tables.flatMap(labelledCells));
}
