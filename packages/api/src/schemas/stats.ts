import { z } from 'zod';
import { id, legalDate } from './common.js';

/** A period of at most ten years, with or without the same period a year earlier. */
export const overviewInput = z
  .object({
    organizationId: id('单位').optional(),
    from: legalDate('开始日期'),
    to: legalDate('结束日期'),
    compare: z.boolean().default(false),
  })
  .refine((i) => i.from <= i.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((i) => Number(i.to.slice(0, 4)) - Number(i.from.slice(0, 4)) <= 10, {
    path: ['from'],
    message: '统计期间不能超过十年',
  });
