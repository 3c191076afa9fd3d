import { z } from 'zod';
import { ORG_KINDS } from '@gongkai/domain';
import { id, oneOf, optionalText, requiredText, slug } from './common.js';

/** Editable fields of an organization; all optional on update (only what is sent changes). */
const fields = {
  name: requiredText('单位名称', 100),
  shortName: optionalText('简称', 50),
  kind: oneOf('单位类型', ORG_KINDS),
  code: z
    .string({ error: '请填写单位代码' })
    .trim()
    .min(1, '单位代码不能为空')
    .max(30, '单位代码不能超过30个字符')
    .regex(/^[0-9A-Za-z-]+$/, '单位代码只能包含字母、数字和连字符'),
  parentId: id('上级单位').nullable(),
  officeName: optionalText('公开办名称', 100),
  address: optionalText('办公地址', 200),
  officeHours: optionalText('办公时间', 200),
  phone: optionalText('电话', 50),
  fax: optionalText('传真', 50),
  email: z.union([z.literal(''), z.email('电子邮箱格式不正确')]).default(''),
  hotline: optionalText('热线', 50),
  postcode: z.union([z.literal(''), z.string().regex(/^\d{6}$/, '邮政编码应为6位数字')]).default(''),
  guideText: optionalText('公开指南', 20_000),
  indexPattern: z
    .string({ error: '请填写索引号格式' })
    .trim()
    .min(1, '索引号格式不能为空')
    .max(64, '索引号格式不能超过64个字符'),
};

export const organizationCreateInput = z.object({
  slug: slug('单位标识'),
  ...fields,
  parentId: fields.parentId.optional(),
  indexPattern: fields.indexPattern.optional(),
  isPrimary: z.boolean().default(false),
});

export const organizationUpdateInput = z
  .object({ id: id('单位'), ...fields })
  .partial()
  .required({ id: true });
