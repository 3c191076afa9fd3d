import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartCsv, withPreviousPeriod, type Chart } from './chart.js';

/** A minimal RFC 4180 reader, to check that chartCsv round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field] = [[], ''];
      i++;
    } else field += c;
  }
  return rows;
}

const chart: Chart = {
  id: 'publicationsByColumn',
  title: '各栏目发布数',
  unit: '条',
  categories: ['政务动态', '通知, "公告"', '=SUM(A1)', '-1', '@x'],
  series: [{ name: '发布数', values: [713, 78, 1, 2, 3] }],
};

describe('chartCsv', () => {
  it('writes a header row and quotes and defuses texts', () => {
    expect(chartCsv(chart)).toBe(
      '类别,发布数\r\n政务动态,713\r\n"通知, ""公告""",78\r\n\'=SUM(A1),1\r\n\'-1,2\r\n\'@x,3\r\n',
    );
    expect(chartCsv({ ...chart, categories: ['+86'], series: [{ name: '差值', values: [-5] }] })).toBe(
      "类别,差值\r\n'+86,-5\r\n",
    );
  });

  it('round-trips any texts and numbers (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', '=', '-', ' ') });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 6 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        (categories, names) => {
          const series = names.map((name, s) => ({ name, values: categories.map((_, i) => i * 10 - s) }));
          const rows = parseCsv(chartCsv({ id: 'x', title: 'x', unit: '件', categories, series }));
          const undo = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
          expect(rows.map((row) => row.map(undo))).toEqual([
            ['类别', ...names],
            ...categories.map((c, i) => [c, ...series.map((s) => String(s.values[i]))]),
          ]);
        },
      ),
    );
  });
});

describe('withPreviousPeriod', () => {
  it('matches months one year back', () => {
    const current: Chart = {
      id: 'm',
      title: '每月发布数',
      unit: '条',
      categories: ['2024-11', '2024-12', '2025-01'],
      series: [{ name: '发布数', values: [1, 2, 3] }],
    };
    const previous: Chart = {
      ...current,
      categories: ['2023-11', '2023-12', '2024-01'],
      series: [{ name: '发布数', values: [4, 5, 6] }],
    };
    expect(withPreviousPeriod(current, previous).series).toEqual([
      { name: '发布数', values: [1, 2, 3] },
      { name: '上年同期', values: [4, 5, 6] },
    ]);
  });

  it('matches other categories by name and names each series of a multi-series chart', () => {
    const current: Chart = {
      id: 'c',
      title: '各栏目发布数',
      unit: '条',
      categories: ['政务动态', '公示公告'],
      series: [
        { name: '平均用时', values: [3, 4] },
        { name: '最长用时', values: [9, 9] },
      ],
    };
    const previous: Chart = {
      ...current,
      categories: ['公示公告', '镇村信息'],
      series: [
        { name: '平均用时', values: [1, 2] },
        { name: '最长用时', values: [5, 6] },
      ],
    };
    const merged = withPreviousPeriod(current, previous);
    expect(merged.categories).toEqual(['政务动态', '公示公告', '镇村信息']);
    expect(merged.series).toEqual([
      { name: '平均用时', values: [3, 4, 0] },
      { name: '最长用时', values: [9, 9, 0] },
      { name: '平均用时（上年同期）', values: [0, 1, 2] },
      { name: '最长用时（上年同期）', values: [0, 5, 6] },
    ]);
  });
});
