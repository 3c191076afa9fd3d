import { z } from 'zod';
import { id, page, slug, year } from './common.js';

const orgSlug = slug('单位').optional();

export const orgInput = z.object({ org: slug('单位') });

export const listInput = z.object({
  org: orgSlug,
  categoryId: id('目录分类').optional(),
  column: slug('栏目').optional(),
  year: year.optional(),
  page,
  pageSize: z.number().int('每页条数无效').min(1, '每页条数无效').max(100, '每页最多100条').default(20),
});

export const revisionInput = z.object({
  id: id('信息编号'),
  revision: z.number().int('版本号无效').min(1, '版本号无效'),
});

export const searchInput = z.object({
  q: z.string({ error: '请输入搜索词' }).trim().min(1, '请输入搜索词').max(100, '搜索词不能超过100字'),
  org: orgSlug,
  categoryId: id('目录分类').optional(),
  year: year.optional(),
  page,
});

export const feedInput = z.object({ org: orgSlug, column: slug('栏目') });

export const sitemapInput = z.object({ page });

export const viewStatsInput = z.object({ org: orgSlug, year });
