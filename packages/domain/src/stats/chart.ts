/**
 * A chart is categories × series of numbers; the console and the public 公开数据 page draw it as an
 * SVG bar chart followed by the same data as a table, and offer it as CSV.
 */

export interface Chart {
  readonly id: string;
  readonly title: string;
  /** 条, 件, 次, 工作日 … */
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV (CRLF line ends): a header row 类别 + series names, then one row per category.
 * Numbers stay numbers (a negative value is not a formula); texts are quoted and defused. Without a
 * byte order mark: the HTTP response adds one for spreadsheet programs.
 */
export function chartCsv(chart: Chart): string {
  const header = ['类别', ...chart.series.map((s) => s.name)].map(csvText).join(',');
  const rows = chart.categories.map((category, i) =>
    [csvText(category), ...chart.series.map((s) => String(s.values[i] ?? 0))].join(','),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/**
 * The chart with the previous period's series added ("上年同期"): month categories are matched one
 * year back, other categories by name (a category only the previous period has is appended).
 */
export function withPreviousPeriod(current: Chart, previous: Chart): Chart {
  const monthly = current.categories.every((c) => /^\d{4}-\d{2}$/.test(c));
  const previousKey = (category: string) =>
    monthly ? `${Number(category.slice(0, 4)) - 1}${category.slice(4)}` : category;
  const extra = monthly ? [] : previous.categories.filter((c) => !current.categories.includes(c));
  const categories = [...current.categories, ...extra];
  const pad = (values: readonly number[]) => categories.map((_, i) => values[i] ?? 0);
  const suffix = (name: string) => (previous.series.length === 1 ? '上年同期' : `${name}（上年同期）`);
  return {
    ...current,
    categories,
    series: [
      ...current.series.map((s) => ({ name: s.name, values: pad(s.values) })),
      ...previous.series.map((s) => ({
        name: suffix(s.name),
        values: categories.map((c) => {
          const j = previous.categories.indexOf(previousKey(c));
          return j < 0 ? 0 : (s.values[j] ?? 0);
        }),
      })),
    ],
  };
}
