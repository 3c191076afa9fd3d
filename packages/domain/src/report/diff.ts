/**
 * What changed between two report versions, or between a version's records and the records now:
 * table cells, bound figures and narrative paragraphs.
 */
import { labelledCells, reportCells, type LabelledCell } from './cells.js';
import { reportFigures } from './figures.js';
import { formatFigureValue } from './placeholders.js';
import { buildReportTables } from './tables.js';
import type { Figure, ReportChange, ReportDocument, ReportFormat, ReportRecords } from './types.js';

const shown = (value: number | null | undefined): string =>
  value === undefined ? '（无）' : value === null ? '未填写' : formatFigureValue(value);

/** Changes of keyed values, in the order of `b` then the keys only `a` has. */
function keyedChanges<T extends { key: string }>(
  a: readonly T[],
  b: readonly T[],
  label: (item: T) => string,
  value: (item: T) => number | null,
): ReportChange[] {
  const before = new Map(a.map((item) => [item.key, item]));
  const after = new Map(b.map((item) => [item.key, item]));
  const changes: ReportChange[] = [];
  for (const item of b) {
    const old = before.get(item.key);
    if (old === undefined || value(old) !== value(item))
      changes.push({ key: item.key, label: label(item), from: shown(old && value(old)), to: shown(value(item)) });
  }
  for (const item of a)
    if (!after.has(item.key))
      changes.push({ key: item.key, label: label(item), from: shown(value(item)), to: shown(undefined) });
  return changes;
}

const cellChanges = (a: readonly LabelledCell[], b: readonly LabelledCell[]) =>
  keyedChanges(
    a,
    b,
    (cell) => cell.label,
    (cell) => cell.value,
  );

const figureChanges = (a: readonly Figure[], b: readonly Figure[]) =>
  keyedChanges(
    a,
    b,
    (figure) => `数据 · ${figure.name}`,
    (figure) => figure.value,
  );

/**
 * Paragraph changes of one section, aligned on their longest common subsequence so that an inserted
 * paragraph does not show every later one as changed. A run of removed and added paragraphs pairs up
 * as edits.
 */
function paragraphChanges(key: string, heading: string, a: readonly string[], b: readonly string[]): ReportChange[] {
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const changes: ReportChange[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const [i, j] = [removed[k], added[k]];
      changes.push({
        key: `${key}.${changes.length + 1}`,
        label: `${heading} · 第${(j ?? i ?? 0) + 1}段`,
        from: i === undefined ? '' : (a[i] ?? ''),
        to: j === undefined ? '' : (b[j] ?? ''),
      });
    }
    [removed, added] = [[], []];
  };
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      [i, j] = [i + 1, j + 1];
    } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) removed.push(i++);
    else added.push(j++);
  }
  flush();
  return changes;
}

function narrativeChanges(a: ReportDocument, b: ReportDocument): ReportChange[] {
  const sections = (doc: ReportDocument) =>
    new Map([['开头', doc.intro], ...doc.sections.map((s): [string, readonly string[]] => [s.heading, s.paragraphs])]);
  const [before, after] = [sections(a), sections(b)];
  const headings = [...after.keys(), ...[...before.keys()].filter((h) => !after.has(h))];
  return headings.flatMap((heading, n) =>
    paragraphChanges(`narrative.${n}`, heading, before.get(heading) ?? [], after.get(heading) ?? []),
  );
}

export function diffReports(a: ReportDocument, b: ReportDocument): ReportChange[] {
  return [
    ...(a.title === b.title ? [] : [{ key: 'title', label: '标题', from: a.title, to: b.title }]),
    ...cellChanges(reportCells(a), reportCells(b)),
    ...figureChanges(a.figures, b.figures),
    ...narrativeChanges(a, b),
  ];
}

/** Record-backed cells and figures that differ between a version's stored records and the records now. */
export function recordChanges(format: ReportFormat, stored: ReportRecords, current: ReportRecords): ReportChange[] {
  const cells = (records: ReportRecords) =>
    buildReportTables(format, records, {})
      .flatMap(labelledCells)
      .filter((cell) => cell.source !== 'manual');
  return [
    ...cellChanges(cells(stored), cells(current)),
    ...figureChanges(reportFigures(stored), reportFigures(current)),
  ];
}
