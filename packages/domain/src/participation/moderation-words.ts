/**
 * The configurable word list: a comment or message containing a listed word goes to moderation
 * instead of straight through. It never blocks a disclosure request (decisions.md, Participation):
 * a request's receipt starts a legal clock, so request forms do not call this.
 */
import { normalizeText } from '../text.js';

/** Text as compared: normalized (full-width/half-width, case) with all whitespace removed, so "敏 感" matches "敏感". */
function compact(s: string): string {
  return normalizeText(s).replace(/\s+/g, '');
}

/** The listed words found in the text (as written in the list, each once). */
export function matchWords(text: string, words: readonly string[]): string[] {
  const haystack = compact(text);
  const found = new Set<string>();
  for (const word of words) {
    const needle = compact(word);
    if (needle !== '' && haystack.includes(needle)) found.add(word);
  }
  return [...found];
}

/** True when any of the texts (title, content, name …) contains a listed word. */
export function needsModeration(texts: string | readonly string[], words: readonly string[]): boolean {
  return (typeof texts === 'string' ? [texts] : texts).some((t) => matchWords(t, words).length > 0);
}

/** The list as staff enter it: one word per line or separated by commas (either width); blanks and repeats dropped. */
export function parseWordList(input: string): string[] {
  const words = input.split(/[\n,，、;；]+/).map((w) => w.trim());
  return [...new Set(words.filter((w) => w !== ''))];
}
