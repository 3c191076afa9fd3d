import { z } from 'zod';
import {
  DISCLOSURE_MODES,
  GENRES,
  normalizeDocNumber,
  parseDocNumber,
  TIME_LIMITS,
  TOPICS,
  VALIDITIES,
} from '@gongkai/domain';
import { id, isoInstant, legalDate, oneOf, optionalText, page, requiredText, year } from './common.js';

const STATUSES = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn'] as const;

/** 文号: empty, or a 文号 in any accepted variant, stored in normal form (〔2015〕, no 第, no zeros). */
const docNumber = z
  .string({ error: '文号应为文字' })
  .trim()
  .max(60, '文号不能超过60字')
  .default('')
  .refine((s) => s === '' || parseDocNumber(s) !== null, '文号格式不正确，应如“华府办发〔2015〕117号”')
  .transform((s) => (s === '' ? '' : normalizeDocNumber(s)));

/** '' (not classified yet) or one of the official labels. */
const labelOrEmpty = <T extends string>(label: string, values: readonly T[]) =>
  z
    .string({ error: `请选择有效的${label}` })
    .default('')
    .refine((s) => s === '' || (values as readonly string[]).includes(s), `请选择有效的${label}`);

export const publicationInput = z.object({
  title: requiredText('标题', 200),
  summary: optionalText('内容概述', 1000),
  writtenDate: legalDate('成文日期').nullish(),
  issuingBody: optionalText('发布机构', 100),
  docNumber,
  topic: labelOrEmpty('主题分类', TOPICS),
  genre: labelOrEmpty('体裁分类', GENRES),
  validity: oneOf('有效性', VALIDITIES).default('有效'),
  disclosureMode: oneOf('公开方式', DISCLOSURE_MODES).default('主动公开'),
  timeLimit: oneOf('公开时限', TIME_LIMITS).default('长期公开'),
  categoryId: id('目录分类').nullish(),
  columnIds: z.array(id('栏目'), { error: '栏目无效' }).max(20, '栏目不能超过20个').default([]),
  isNormative: z.boolean({ error: '是否规范性文件无效' }).default(false),
  interpretsId: id('解读的文件').nullish(),
  bodyHtml: z.string({ error: '正文应为文字' }).max(2_000_000, '正文过长').default(''),
});
export type PublicationInput = z.output<typeof publicationInput>;

export const byId = z.object({ id: id('信息编号') });

export const staffListInput = z.object({
  status: oneOf('状态', STATUSES).optional(),
  q: z.string().trim().max(100, '关键词不能超过100字').optional(),
  categoryId: id('目录分类').optional(),
  columnId: id('栏目').optional(),
  year: year.optional(),
  authorId: id('作者').optional(),
  page,
});

export const updateInput = publicationInput.extend({ id: id('信息编号') });

export const attachInput = z.object({
  id: id('信息编号'),
  fileId: id('文件'),
  kind: oneOf('附件类型', ['attachment', 'image']).default('attachment'),
});

export const detachInput = z.object({ id: id('信息编号'), attachmentId: id('附件') });

export const importDocxInput = z.object({ fileId: id('文件') });

export const maskHitInput = z.object({
  id: id('信息编号'),
  hitId: z.string().min(1, '请选择要处理的个人信息').max(100),
});

export const approveInput = z.object({ id: id('信息编号'), justification: optionalText('保留个人信息的理由', 500) });

export const returnInput = z.object({ id: id('信息编号'), comment: requiredText('修改意见', 1000) });

export const publishInput = z.object({ id: id('信息编号'), at: isoInstant('定时发布时间').optional() });

export const amendInput = publicationInput.extend({
  id: id('信息编号'),
  changeNote: requiredText('修订说明', 500),
  justification: optionalText('保留个人信息的理由', 500),
});

export const withdrawInput = z.object({ id: id('信息编号'), reason: requiredText('撤回理由', 500) });

export const changeValidityInput = z.object({
  id: id('信息编号'),
  validity: oneOf('有效性', VALIDITIES),
  effectiveDate: legalDate('生效日期'),
  note: optionalText('说明', 500),
});
