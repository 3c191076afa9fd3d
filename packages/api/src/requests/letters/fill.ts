import { PLACEHOLDER_LABELS, placeholdersFor, type LetterKind, type LetterValues } from './kinds.js';

/** `{{申请人}}`, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Put where a value is missing: a line to fill in by hand on the printed letter, rather than a
 * silently shorter sentence.
 */
export const BLANK = '＿＿＿＿＿＿';

const isKnown = (key: string): key is keyof typeof PLACEHOLDER_LABELS => Object.hasOwn(PLACEHOLDER_LABELS, key);

/**
 * The template with every known placeholder replaced by its value (an absent value by `BLANK`);
 * unknown ones stay as written. One pass over the template: a value is never read as a template,
 * so `{{…}}` typed by an applicant stays literal text.
 */
export function fillTemplate(template: string, values: LetterValues): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (isKnown(key) ? (values[key] ?? BLANK) : whole));
}

/** The placeholders of `text` that a template of `kind` may not use, each once, as written. */
export function unknownPlaceholders(kind: LetterKind, text: string): string[] {
  const allowed = new Set<string>(placeholdersFor(kind).map((p) => p.key));
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((key) => !allowed.has(key));
  return [...new Set(unknown)];
}
