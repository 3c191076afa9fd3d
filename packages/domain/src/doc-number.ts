/**
 * 文号 (GB/T 9704-2012): 机关代字 + year in 六角括号 〔〕 + number without leading zeros and
 * without 第 + 号, e.g. `华府办发〔2015〕117号`. Editors type many variants; storage and search use
 * the one normal form.
 */

export interface DocNumber {
  agency: string;
  year: number;
  number: number;
}

const OPEN_BRACKETS = '[(（【〔［﹝〖｛{<《';
const CLOSE_BRACKETS = '])）】〕］﹞〗｝}>》';
const YEAR_IN_BRACKETS = new RegExp(`[${escapeClass(OPEN_BRACKETS)}](\\d{4})[${escapeClass(CLOSE_BRACKETS)}]`, 'u');
const NUMBER_AFTER_YEAR = /〕第?0*(\d+)号/u;
const PARSE = /^(.+?)〔(\d{4})〕(\d+)号$/u;

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^[-]/g, '\\$&');
}

/** Full-width digits (０-９) to ASCII; the only width change a 文号 needs. */
function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Normal form of a 文号: whitespace removed, digits ASCII, the year in 〔〕, no 第 and no leading
 * zeros in the number. Idempotent; a string that is not a 文号 only loses whitespace and digit width.
 */
export function normalizeDocNumber(s: string): string {
  let out = asciiDigits(s.normalize('NFC')).replace(/\s+/gu, '');
  out = out.replace(YEAR_IN_BRACKETS, '〔$1〕');
  out = out.replace(NUMBER_AFTER_YEAR, (_m, n: string) => `〕${Number.parseInt(n, 10)}号`);
  return out;
}

/** Parses a 文号 in any accepted variant; null when it is not one. */
export function parseDocNumber(s: string): DocNumber | null {
  const m = PARSE.exec(normalizeDocNumber(s));
  if (!m) return null;
  return { agency: m[1]!, year: Number(m[2]), number: Number(m[3]) };
}

export function formatDocNumber(d: DocNumber): string {
  return `${d.agency}〔${d.year}〕${d.number}号`;
}

/** One search token for a whole 文号 (no brackets), e.g. `华府办发2015117号`. */
export function compactDocNumber(d: DocNumber): string {
  return `${d.agency}${d.year}${d.number}号`.toLowerCase();
}
