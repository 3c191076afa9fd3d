import { describe, expect, it } from 'vitest';
import { statsFilters, statsQuery } from './filters';

describe('statsFilters', () => {
  it('defaults to this year up to today', () => {
    expect(statsFilters(new URLSearchParams(), '2026-11-28')).toEqual({
      from: '2026-01-01',
      to: '2026-11-28',
      compare: false,
    });
  });

  it('takes a period, an organization and the comparison, and ignores malformed values', () => {
    const params = new URLSearchParams('org=3&from=2015-01-01&to=2015-12-31&compare=1');
    expect(statsFilters(params, '2026-11-28')).toEqual({
      organizationId: 3,
      from: '2015-01-01',
      to: '2015-12-31',
      compare: true,
    });
    expect(statsFilters(new URLSearchParams('org=x&from=2015&to=<b>'), '2026-11-28')).toEqual({
      from: '2026-01-01',
      to: '2026-11-28',
      compare: false,
    });
  });
});

describe('statsQuery', () => {
  it('writes the filters back as the form sends them', () => {
    const filters = { organizationId: 3, from: '2015-01-01', to: '2015-12-31', compare: true };
    expect(statsQuery(filters)).toBe('org=3&from=2015-01-01&to=2015-12-31&compare=1');
    expect(statsFilters(new URLSearchParams(statsQuery(filters)), '2026-11-28')).toEqual(filters);
    expect(statsQuery({ from: '2026-01-01', to: '2026-11-28', compare: false })).toBe('from=2026-01-01&to=2026-11-28');
  });
});
