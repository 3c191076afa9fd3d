import { z } from 'zod';
import { id, isoInstant, optionalText, page, requiredText, year } from './common.js';

/** `YYYY-MM-DDTHH:mm` as typed in a datetime-local field is Shanghai time; a full ISO instant is taken as is. */
const calledAt = z.union(
  [
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
      .transform((s) => new Date(`${s}:00+08:00`))
      .refine((d) => !Number.isNaN(d.getTime()))
      .transform((d) => d.toISOString()),
    isoInstant('通话时间'),
  ],
  { error: '通话时间格式不正确' },
);

export const callInput = z.object({
  calledAt,
  caller: optionalText('来电号码', 30),
  topic: requiredText('来电事项', 500),
  answer: requiredText('答复情况', 3000),
  handledById: id('接听人').optional(),
});
export const callListInput = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM')
    .optional(),
  q: optionalText('关键词', 100),
  page,
});
export const byCall = z.object({ id: id('记录') });
export const statsInput = z.object({ year });
