type QueryValue = string | number | null | undefined;

/**
 * A path with a query string built from the given parameters, leaving out empty ones and page 1,
 * so every list has one canonical URL per state (good for the page cache and for search engines).
 */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (name === 'page' && Number(value) === 1) continue;
    query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A positive whole number from a query parameter, or undefined when absent or malformed. */
export function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** A year from a path or query parameter (four digits), or undefined when absent or malformed. */
export function yearParam(value: string | null): number | undefined {
  return value !== null && /^\d{4}$/.test(value) && value >= '1900' ? Number(value) : undefined;
}
