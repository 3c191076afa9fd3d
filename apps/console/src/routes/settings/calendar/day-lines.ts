import { addDays, isLegalDate } from '@gongkai/domain';

/**
 * The textareas of the year form: one line per day or per run of days, the way a 放假通知 reads
 * (`2027-01-01 元旦`, `2027-02-06至2027-02-12 春节`). Shape errors are found here; the API checks
 * the days themselves, and its errors (`holidays.3.date`) are traced back to the line they came from.
 */

export interface NamedDay {
  date: string;
  name: string;
}

export interface ParsedLines {
  days: NamedDay[];
  /** The 1-based line each day came from. */
  lineOf: number[];
  /** `第3行：…`, one per faulty line. */
  errors: string[];
}

const DATE = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`;
// A name, when given, starts with something other than a digit, so `2027-01-012` is not day 01 named 2.
const LINE = new RegExp(String.raw`^${DATE}(?:\s*[至~～]\s*${DATE})?\s*([^\d\s].*)?$`);
const MAX_RUN = 31;

const pad = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

export function parseDayLines(text: string): ParsedLines {
  const out: ParsedLines = { days: [], lineOf: [], errors: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const fail = (message: string) => out.errors.push(`第${i + 1}行：${message}`);
    const m = LINE.exec(line);
    if (!m) return fail('格式应为“2027-01-01 元旦”或“2027-02-06至2027-02-12 春节”');
    const from = pad(m[1]!, m[2]!, m[3]!);
    const to = m[4] ? pad(m[4], m[5]!, m[6]!) : from;
    const invalid = [from, to].find((d) => !isLegalDate(d));
    if (invalid) return fail(`${invalid}不是有效日期`);
    if (to < from) return fail('结束日期早于开始日期');
    const name = (m[7] ?? '').trim();
    const run: string[] = [];
    for (let d = from; d <= to && run.length <= MAX_RUN; d = addDays(d, 1)) run.push(d);
    if (run.length > MAX_RUN) return fail(`一行的日期范围不能超过${MAX_RUN}天`);
    for (const date of run) {
      out.days.push({ date, name });
      out.lineOf.push(i + 1);
    }
  });
  return out;
}

/** The API's field errors of one list (`holidays.3.date`) as `第3行：…`, one per line. */
export function apiLineErrors(fieldErrors: Record<string, string>, list: string, lineOf: readonly number[]): string[] {
  const byLine = new Map<number, string>();
  for (const [key, message] of Object.entries(fieldErrors)) {
    const [head, index] = key.split('.');
    if (head !== list) continue;
    const line = index === undefined ? undefined : lineOf[Number(index)];
    if (line === undefined) byLine.set(0, message);
    else if (!byLine.has(line)) byLine.set(line, `第${line}行：${message}`);
  }
  return [...byLine.entries()].sort(([a], [b]) => a - b).map(([, message]) => message);
}

/** Days as lines for the textarea, consecutive days of the same name as one run. */
export function toDayLines(days: readonly NamedDay[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const lines: string[] = [];
  let run: { from: string; to: string; name: string } | null = null;
  const flush = () => {
    if (run) lines.push(`${run.from}${run.to === run.from ? '' : `至${run.to}`} ${run.name}`.trimEnd());
  };
  for (const day of sorted) {
    if (run && run.name === day.name && addDays(run.to, 1) === day.date) run.to = day.date;
    else {
      flush();
      run = { from: day.date, to: day.date, name: day.name };
    }
  }
  flush();
  return lines.join('\n');
}
