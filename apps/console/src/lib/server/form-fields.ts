/** A submitted form as plain strings (file fields left out), for refilling it after a failure. */
export async function formFields(request: Request): Promise<Record<string, string>> {
  const form = await request.formData();
  const out: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string' && !(key in out)) out[key] = value;
  return out;
}

/** An optional id field: a positive integer or null (for "none"). */
export function optionalInt(value: string | undefined): number | null {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** A whole number typed by a person (sort orders); blank is 0, garbage is passed as NaN for the API to refuse. */
export function int(value: string | undefined): number {
  const s = (value ?? '').trim();
  return s === '' ? 0 : /^-?\d+$/.test(s) ? Number(s) : Number.NaN;
}
