/**
 * Bound figures in the narrative: {{名称}} placeholders are filled from the figures when the
 * document is built, and the check refuses numbers typed by hand (a literal number with a counting
 * unit), which would silently go stale when the records are corrected.
 */
import { narrativeHeading } from './narrative.js';
import type { Figure, Narrative, ReportProblem } from './types.js';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** Filled from the report context, not from figures. */
const CONTEXT_NAMES = ['年份', '机关名称'] as const;
/** A number (ASCII or full-width digits, maybe 余/多 "more than") followed by a counting unit. */
const LITERAL = /[0-9０-９]+(?:[.,，][0-9０-９]+)*\s*[余多]?\s*(?:万人次|人次|万元|条|件|次|元|篇)/g;

/** Thousands separators only from 10000 up (3,130,000 but 2015, 313, 0.25). */
export function formatFigureValue(value: number): string {
  if (Math.abs(value) < 10000) return String(value);
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The narrative text as paragraphs (one per non-empty line) with placeholders filled in. */
export function renderNarrative(
  text: string,
  figures: readonly Figure[],
  ctx: { organizationName: string; year: number },
): string[] {
  const byName = new Map(figures.map((f) => [f.name, f]));
  const fill = (whole: string, name: string): string => {
    if (name === '年份') return String(ctx.year);
    if (name === '机关名称') return ctx.organizationName;
    const figure = byName.get(name);
    return figure ? formatFigureValue(figure.value) : whole;
  };
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(PLACEHOLDER, fill));
}

/** Names inside {{…}} that are no figure; literal numbers with a counting unit outside placeholders. */
export function checkNarrative(narrative: Narrative, figures: readonly Figure[]): ReportProblem[] {
  const known = new Set<string>([...CONTEXT_NAMES, ...figures.map((f) => f.name)]);
  return Object.entries(narrative).flatMap(([id, text]) => {
    const where = narrativeHeading(id) || id;
    const problems: ReportProblem[] = [];
    for (const [whole, name = ''] of text.matchAll(PLACEHOLDER))
      if (!known.has(name)) problems.push({ kind: 'narrative', key: id, message: `${where}：未知的占位符“${whole}”` });
    // Blank out placeholders (same length, no digits) so positions still quote the original text.
    const blanked = text.replace(PLACEHOLDER, (whole) => '\u0000'.repeat(whole.length));
    for (const match of blanked.matchAll(LITERAL)) {
      const start = match.index;
      if (text[start - 1] === '第') continue; // an ordinal (第14条), not a count
      // Quote the number with the words before it, back to the start of its clause.
      const before = text.slice(Math.max(0, start - 8), start).replace(/^.*[\n，。；、：,;:！？（）]/s, '');
      const quote = before + text.slice(start, start + match[0].length);
      problems.push({
        kind: 'narrative',
        key: id,
        message: `${where}：“${quote}”中的数字是手工填写的，请改用数据占位符（如 {{主动公开信息数}}）`,
      });
    }
    return problems;
  });
}
