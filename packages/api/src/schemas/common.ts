import { z } from 'zod';
import { checkLength, isLegalDate, type LimitedField } from '@gongkai/domain';

/**
 * Building blocks for input schemas. Every message is Chinese and names the field, so a form can
 * show it beside the input (the error formatter turns issues into `fieldErrors`).
 */

// Fallback for anything a schema below does not word itself (e.g. a body that is not an object).
z.config(z.locales.zhCN());

/** Required text, trimmed: `标题不能为空`, `标题不能超过200字`. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}字`);

/** Optional text, trimmed, '' when absent. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过${max}字`)
    .default('');

export const id = (label = '编号') =>
  z
    .number({ error: `${label}无效` })
    .int(`${label}无效`)
    .positive(`${label}无效`);

export const legalDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isLegalDate, `${label}格式应为YYYY-MM-DD`);

export const isoInstant = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s), `${label}格式不正确`)
    .transform((s) => new Date(s).toISOString());

export const page = z
  .number({ error: '页码无效' })
  .int('页码无效')
  .min(1, '页码无效')
  .max(100_000, '页码过大')
  .default(1);

export const year = z.number({ error: '年份无效' }).int('年份无效').min(1949, '年份无效').max(2200, '年份无效');

export const oneOf = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `请选择有效的${label}` });

export const slug = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(40, `${label}不能超过40个字符`)
    .regex(/^[a-z0-9][a-z0-9-]*$/, `${label}只能包含小写字母、数字和连字符`);

/**
 * Free text of a public form, limited by the domain's length rules (worded with the count of
 * characters, required or not as the domain says). A field-level check, so a form with several
 * mistakes gets all of them at once.
 */
export const limitedText = (field: LimitedField) =>
  z
    .string({ error: '应为文字' })
    .trim()
    .default('')
    .superRefine((value, ctx) => {
      const message = checkLength(field, value);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
