import type { RouterInputs } from '$lib/api-types';

/**
 * The annual report's forms turned into API inputs. The API validates every value and answers
 * beside the field in Chinese.
 */

type Values = Record<string, string | undefined>;

/** The narrative form: one textarea per section, named "narrative.<section>". */
export function toNarrative(v: Values): RouterInputs['reports']['saveNarrative']['narrative'] {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(v)) {
    if (name.startsWith('narrative.') && value !== undefined) out[name.slice('narrative.'.length)] = value;
  }
  return out;
}

/** The staff-entered figures: "<cell key>.value" and "<cell key>.note" for each field. */
export function toManualValues(v: Values): RouterInputs['reports']['saveManual']['values'] {
  const out: Record<string, { value: string; note: string }> = {};
  for (const name of Object.keys(v)) {
    if (!name.endsWith('.value')) continue;
    const key = name.slice(0, -'.value'.length);
    out[key] = { value: v[name] ?? '', note: v[`${key}.note`] ?? '' };
  }
  return out;
}

/**
 * Field errors of saveManual named like the form fields: the API's own checks already say
 * "<key>.value", its input schema says "values.<key>.value" (a value or note that is too long).
 */
export function manualFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([name, message]) => [name.replace(/^values\./, ''), message]));
}
