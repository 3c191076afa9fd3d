import { z } from 'zod';
import { legalDate, page } from './common.js';

export const auditListInput = z.object({
  actor: z.string().trim().max(50, '操作人不能超过50字').optional(),
  action: z.string().trim().max(50).optional(),
  entityType: z.string().trim().max(50).optional(),
  from: legalDate('开始日期').optional(),
  to: legalDate('结束日期').optional(),
  page,
});
