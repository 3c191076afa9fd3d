import { shanghaiDate } from '@gongkai/domain';
import type { RouterInputs } from '$lib/api-types';
import { intParam, textParam } from '../../lib/search-params.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/**
 * The call log's filters from the URL: the month (all months when absent), the search text, the
 * page, and the year of the monthly counts (the one asked for, else the month's, else this year).
 */
export function hotlineFilters(params: URLSearchParams, now: Date) {
  const month = params.get('month') ?? '';
  const year = params.get('year') ?? '';
  const list = {
    month: MONTH.test(month) ? month : undefined,
    q: textParam(params, 'q'),
    page: intParam(params, 'page') ?? 1,
  } satisfies RouterInputs['hotline']['list'];
  const statsYear = YEAR.test(year) ? Number(year) : Number((list.month ?? shanghaiDate(now)).slice(0, 4));
  return { list, year: statsYear };
}

/** The same URL showing the counts of another year, keeping the list's filters. */
export function withYear(url: URL, year: number): string {
  const params = new URLSearchParams(url.searchParams);
  params.set('year', String(year));
  return `${url.pathname}?${params.toString()}`;
}
