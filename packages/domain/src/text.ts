import { compactDocNumber, parseDocNumber } from './doc-number.js';

/**
 * Text normalization and search tokens. The same normalization runs at index and at query time;
 * the word segmenter (dictionary-backed, e.g. jieba) is injected by whoever indexes or searches.
 */

export interface Segmenter {
  /** Best single segmentation, used for queries. */
  cut(text: string): string[];
  /** Fine-grained segmentation (long words also yield their parts), used for the index. */
  cutForSearch(text: string): string[];
}

export interface SearchDocument {
  title: string;
  summary?: string | null;
  body?: string | null;
  docNumber?: string | null;
}

/** Title tokens are repeated so that a match in the title ranks above one in the body. */
const TITLE_WEIGHT = 3;
const YEAR_BRACKETS = /[[(（【〔［﹝〖]\s*(\d{4})\s*[\])）】〕］﹞〗]/gu;
const WORD = /[\p{L}\p{N}]/u;

/**
 * NFKC (full-width letters and digits to ASCII), zero-width characters removed (pasted text is full
 * of them), ASCII lower case, whitespace collapsed to single spaces. A year in any bracket variant becomes `〔2015〕` as in a normalized 文号, so `[2015]` in a
 * query finds `〔2015〕` in a text and vice versa (NFKC alone would turn `（` into `(` but keep `【`).
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(YEAR_BRACKETS, '〔$1〕')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/\s+/gu, ' ')
    .trim();
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|tr|ul';
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  copy: '©',
  reg: '®',
  deg: '°',
  yen: '¥',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of an HTML fragment, for `body_text`, search and the PII scan: scripts, styles and
 * comments dropped, block elements become line breaks, table cells are separated by a space,
 * entities decoded, blank lines removed.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Segmenter output without whitespace and punctuation-only tokens. */
function words(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => t.split(/\s+/u)).filter((t) => WORD.test(t));
}

/** Index tokens for a 文号: its agency (whole and segmented), year, number, and the compact form. */
function docNumberTokens(segmenter: Segmenter, docNumber: string): string[] {
  const normalized = normalizeText(docNumber);
  if (normalized === '') return [];
  const parsed = parseDocNumber(normalized);
  if (!parsed) return words(segmenter.cutForSearch(normalized));
  return [
    ...words([parsed.agency]),
    ...words(segmenter.cutForSearch(parsed.agency)),
    String(parsed.year),
    String(parsed.number),
    compactDocNumber(parsed),
  ];
}

/** Space-separated tokens to store in the full-text index (FTS5 / tsvector). */
export function searchTokens(segmenter: Segmenter, doc: SearchDocument): string {
  const tokensOf = (s: string | null | undefined) => words(segmenter.cutForSearch(normalizeText(s ?? '')));
  const title = tokensOf(doc.title);
  return [
    ...Array.from({ length: TITLE_WEIGHT }, () => title).flat(),
    ...tokensOf(doc.summary),
    ...tokensOf(doc.body),
    ...docNumberTokens(segmenter, doc.docNumber ?? ''),
  ].join(' ');
}

/** Distinct terms of a search query; a query that is a 文号 is searched as its compact token. */
export function queryTerms(segmenter: Segmenter, q: string): string[] {
  const normalized = normalizeText(q);
  // Only a query that is nothing but a 文号 (no spaces, no other words) is read as one.
  const doc = normalized.includes(' ') ? null : parseDocNumber(normalized);
  if (doc) return [compactDocNumber(doc)];
  return [...new Set(words(segmenter.cut(normalized)))];
}
