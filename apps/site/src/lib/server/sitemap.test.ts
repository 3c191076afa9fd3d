import { describe, expect, it } from 'vitest';
import { fixedPaths } from './sitemap.js';

describe('fixedPaths', () => {
  it('lists hubs, guides and catalogues of every organization and the columns', () => {
    expect(
      fixedPaths({
        organizations: [{ slug: 'mianyang' }, { slug: 'huacheng' }] as never,
        columns: [{ slug: 'zwdt' }] as never,
      }),
    ).toEqual([
      '/',
      '/gk',
      '/gk/mianyang',
      '/gk/mianyang/guide',
      '/gk/mianyang/catalog',
      '/gk/huacheng',
      '/gk/huacheng/guide',
      '/gk/huacheng/catalog',
      '/column/zwdt',
    ]);
  });
});
