/** Reading list filters from a URL: empty or malformed values are simply absent. */
export function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function textParam(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name)?.trim();
  return raw ? raw : undefined;
}

/** The same URL with another page number, keeping every filter (for pager links). */
export function withPage(url: URL, page: number): string {
  const params = new URLSearchParams(url.searchParams);
  if (page <= 1) params.delete('page');
  else params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}
