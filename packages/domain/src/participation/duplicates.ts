/**
 * Duplicate detection for public forms: the same text posted again (exactly, after normalization)
 * has the same fingerprint; a lightly edited copy is near-duplicate by character bigrams, which
 * suits Chinese text without a segmenter.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text.js';

export const NEAR_DUPLICATE_THRESHOLD = 0.9;

/** Normalized, letters and digits only: punctuation, symbols and whitespace do not make a text new. */
function core(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** sha-256 hex of the text's core: store it and look up exact repeats. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(core(text)).digest('hex');
}

function bigrams(s: string): Set<string> {
  const chars = [...s];
  if (chars.length < 2) return new Set(chars);
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
  return set;
}

/** Jaccard similarity of the character bigrams of the two texts' cores, in [0, 1]. */
export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(core(a)), bigrams(core(b))];
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

export function isNearDuplicate(a: string, b: string, threshold = NEAR_DUPLICATE_THRESHOLD): boolean {
  return similarity(a, b) >= threshold;
}
