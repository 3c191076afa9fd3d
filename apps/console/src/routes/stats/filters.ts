/** The 统计分析 filters from the query string: a period (default this year up to today), an organization, comparison. */
export interface StatsFilters {
  organizationId?: number;
  from: string;
  to: string;
  compare: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function statsFilters(params: URLSearchParams, today: string): StatsFilters {
  const date = (name: string, fallback: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : fallback;
  };
  const org = Number(params.get('org'));
  return {
    ...(Number.isInteger(org) && org > 0 ? { organizationId: org } : {}),
    from: date('from', `${today.slice(0, 4)}-01-01`),
    to: date('to', today),
    compare: params.get('compare') === '1',
  };
}

/** The query string of the filters as the page's form sends it (for the CSV links of the charts shown). */
export function statsQuery(filters: StatsFilters): string {
  const params = new URLSearchParams();
  if (filters.organizationId !== undefined) params.set('org', String(filters.organizationId));
  params.set('from', filters.from);
  params.set('to', filters.to);
  if (filters.compare) params.set('compare', '1');
  return params.toString();
}
