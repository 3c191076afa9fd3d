import { isValidIdCardNumber } from './id-card.js';
import { isLuhnValid } from './luhn.js';

/**
 * Personal data in material about to be published (disclosure-rules §9): ID card numbers, mobile
 * numbers and bank card numbers. Public numbers (hotlines such as 12345, landlines, numbers on the
 * organization's allow list) are never hits, and neither is any number that is only part of a
 * longer run of digits (serial numbers, codes).
 */

export type PiiKind = 'id_card' | 'mobile' | 'bank_card';

export const PII_KIND_LABELS: Record<PiiKind, string> = {
  id_card: '身份证号码',
  mobile: '手机号码',
  bank_card: '银行卡号',
};

export interface PiiHit {
  kind: PiiKind;
  /** UTF-16 offsets into the scanned text; `value` is `text.slice(start, end)`. */
  start: number;
  end: number;
  value: string;
  masked: string;
}

export interface ScanOptions {
  /** Public numbers (office phones, hotlines) in any notation; compared by digits only. */
  allowList?: readonly string[];
}

const ID_CARD = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
/** Optional +86 / 86, then 1[3-9]x xxxx xxxx with an optional space or dash between the groups. */
const MOBILE = /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
/** Bank cards: 16–19 digits, plain or in groups of four; letters around mean it is some code. */
const BANK_CARD = /(?<![\dA-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?![\dA-Za-z])/g;

const PATTERNS: readonly [PiiKind, RegExp, (digits: string) => boolean][] = [
  ['id_card', ID_CARD, isValidIdCardNumber],
  ['mobile', MOBILE, () => true],
  ['bank_card', BANK_CARD, (d) => isLuhnValid(d) && !isValidIdCardNumber(d)],
];

/**
 * Full-width digits, X and + become ASCII. Each maps one UTF-16 unit to one, so offsets found in
 * the folded copy are offsets in the original text.
 */
function foldWidth(text: string): string {
  return text.replace(/[０-９Ｘｘ＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function digitsOf(s: string): string {
  return foldWidth(s)
    .replace(/[^\dXx]/g, '')
    .toUpperCase();
}

/** A mobile written with its country code is the same number as without it. */
function coreDigits(s: string): string {
  const d = digitsOf(s);
  return d.length === 13 && /^861[3-9]/.test(d) ? d.slice(2) : d;
}

export function scanPii(text: string, options: ScanOptions = {}): PiiHit[] {
  const folded = foldWidth(text);
  const allowed = new Set((options.allowList ?? []).map(coreDigits).filter((d) => d !== ''));
  const hits: PiiHit[] = [];
  // Offsets already claimed by an earlier (more specific) pattern.
  const taken = new Uint8Array(text.length);
  const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
  for (const [kind, pattern, accept] of PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = digitsOf(m[0]);
      if (!accept(digits) || allowed.has(coreDigits(m[0])) || overlaps(start, end)) continue;
      const value = text.slice(start, end);
      hits.push({ kind, start, end, value, masked: maskPii(kind, value) });
      taken.fill(1, start, end);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** De-identified form as in §9: `138****1234`, `35*************123`, `***************1234`. */
export function maskPii(kind: PiiKind, value: string): string {
  const d = kind === 'mobile' ? coreDigits(value) : digitsOf(value);
  switch (kind) {
    case 'mobile':
      return `${d.slice(0, 3)}${'*'.repeat(Math.max(d.length - 7, 0))}${d.slice(-4)}`;
    case 'id_card':
      return `${d.slice(0, 2)}${'*'.repeat(Math.max(d.length - 5, 0))}${d.slice(-3)}`;
    case 'bank_card':
      return `${'*'.repeat(Math.max(d.length - 4, 0))}${d.slice(-4)}`;
    default: {
      const never: never = kind;
      throw new Error(`unknown PII kind: ${String(never)}`);
    }
  }
}

/** The hit with up to `radius` characters either side, whitespace collapsed, for review screens. */
export function hitContext(
  text: string,
  hit: Pick<PiiHit, 'start' | 'end'>,
  radius = 20,
): { before: string; match: string; after: string } {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(Math.max(0, hit.start - radius), hit.start)),
    match: text.slice(hit.start, hit.end),
    after: flat(text.slice(hit.end, hit.end + radius)),
  };
}

/** The text with each hit replaced by its masked form. Hits must not overlap (as `scanPii` returns). */
export function maskHitsInText(text: string, hits: readonly Pick<PiiHit, 'start' | 'end' | 'masked'>[]): string {
  let out = '';
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) throw new RangeError('PII hits overlap');
    out += text.slice(at, h.start) + h.masked;
    at = h.end;
  }
  return out + text.slice(at);
}

/**
 * Masks every hit found in the text of an HTML fragment, leaving tags and attributes untouched.
 * Each text run between tags is scanned on its own, as the editor stores numbers as plain text.
 */
export function maskPiiInHtml(html: string, options: ScanOptions = {}): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : maskHitsInText(part, scanPii(part, options))))
    .join('');
}
