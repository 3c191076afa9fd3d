/** Search-result snippets as plain segments: the UI renders them as text, never as HTML. */

export interface Segment {
  text: string;
  hit: boolean;
}

const ELLIPSIS = '…';

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Every occurrence of any needle in haystack[from, to), longest needle first, as [start, end) ranges. */
function findHits(haystack: string, needles: readonly string[], from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let i = from;
  while (i < to) {
    const needle = needles.find((t) => haystack.startsWith(t, i));
    if (needle) {
      ranges.push([i, i + needle.length]);
      i += needle.length;
    } else {
      i++;
    }
  }
  return ranges;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Segments of `text` (whitespace collapsed) with every occurrence of the terms marked as hits
 * (ASCII case-insensitive). A text longer than `maxLength` is cut to a window around the first hit,
 * with `…` where it was cut.
 */
export function highlight(text: string, terms: readonly string[], maxLength = 160): Segment[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const haystack = lowerAscii(flat);
  const needles = [...new Set(terms.map((t) => lowerAscii(t.trim())))]
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  let start = 0;
  let end = flat.length;
  if (flat.length > maxLength) {
    const firstHit = Math.min(...needles.map((t) => haystack.indexOf(t)).filter((i) => i >= 0));
    const lead = Math.floor(maxLength / 4);
    start = Number.isFinite(firstHit) ? Math.min(Math.max(0, firstHit - lead), flat.length - maxLength) : 0;
    end = start + maxLength;
    // Never cut a character outside the BMP in half.
    if (isLowSurrogate(flat.charCodeAt(start))) start++;
    if (end < flat.length && isLowSurrogate(flat.charCodeAt(end))) end--;
  }
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (s === '') return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  // Start a little before the window so that a hit crossing its left edge is still marked.
  const longest = needles[0]?.length ?? 0;
  for (const [hs, he] of findHits(haystack, needles, Math.max(0, start - longest + 1), end)) {
    if (he <= start) continue;
    const s = Math.max(hs, start);
    push(flat.slice(at, s), false);
    const e = Math.min(he, end);
    push(flat.slice(s, e), true);
    at = e;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push(ELLIPSIS, false);
  return segments;
}
