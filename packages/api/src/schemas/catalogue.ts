import { z } from 'zod';
import { id, optionalText, requiredText, slug } from './common.js';

const sortOrder = z.number({ error: '排序号无效' }).int('排序号无效').min(0, '排序号无效').max(100_000, '排序号无效');

export const categoryCreateInput = z.object({
  name: requiredText('分类名称', 50),
  parentId: id('上级分类').nullish(),
  sortOrder: sortOrder.default(0),
});

export const categoryUpdateInput = categoryCreateInput.extend({ id: id('分类') });

export const columnCreateInput = z.object({
  slug: slug('栏目标识'),
  name: requiredText('栏目名称', 50),
  description: optionalText('栏目说明', 500),
  sortOrder: sortOrder.default(0),
});

export const columnUpdateInput = columnCreateInput.extend({ id: id('栏目') });

export const byId = z.object({ id: id() });
