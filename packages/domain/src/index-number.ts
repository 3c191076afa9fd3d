/**
 * 索引号: no national format exists, so the pattern is an organization setting. The default is
 * `{code}/{year}-{seq}` (e.g. `000014349/2017-00110`); the sequence is padded to 5 digits.
 */

export const DEFAULT_INDEX_PATTERN = '{code}/{year}-{seq}';
const SEQ_WIDTH = 5;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const REQUIRED = ['code', 'year', 'seq'] as const;

export interface IndexNumberParts {
  code: string;
  year: number;
  seq: number;
}

export function formatIndexNumber(pattern: string, parts: IndexNumberParts): string {
  const values: Record<string, string> = {
    code: parts.code,
    year: String(parts.year),
    seq: String(parts.seq).padStart(SEQ_WIDTH, '0'),
  };
  return pattern.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * A pattern must contain each of {code}, {year} and {seq} exactly once: index numbers are unique
 * across organizations and years and never reused, and that only holds when all three are present.
 */
export function checkIndexPattern(pattern: string): { ok: true } | { ok: false; message: string } {
  if (pattern.trim() === '') return { ok: false, message: '索引号格式不能为空' };
  if (pattern.length > 64) return { ok: false, message: '索引号格式不能超过64个字符' };
  if (/\s/u.test(pattern)) return { ok: false, message: '索引号格式不能包含空格' };
  const names = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = names.filter((n) => !(REQUIRED as readonly string[]).includes(n));
  if (unknown.length > 0) {
    return { ok: false, message: `索引号格式含未知占位符：${unknown.map((n) => `{${n}}`).join('、')}` };
  }
  for (const name of REQUIRED) {
    const count = names.filter((n) => n === name).length;
    if (count !== 1) return { ok: false, message: `索引号格式须包含且只包含一个{${name}}` };
  }
  return { ok: true };
}
