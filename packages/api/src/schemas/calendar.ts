import { z } from 'zod';
import { isWeekend } from '@gongkai/domain';
import { id, legalDate, oneOf, requiredText, year } from './common.js';

export const calendarOverviewInput = z.object({ year: year.optional() });

export const calendarChangeInput = z.object({
  date: legalDate('日期'),
  kind: oneOf('调整类型', ['closed', 'working']),
  note: requiredText('说明', 100),
});

export const calendarChangeIdInput = z.object({ id: id('日历调整') });

const namedDay = z.object({ date: legalDate('日期'), name: requiredText('名称', 20) });

/**
 * A year's 放假通知. Beyond the shape: every date lies in the year, a 调休 working day is a Saturday
 * or Sunday (a weekday is worked anyway), and no date appears twice (in one list or in both).
 */
export const calendarYearInput = z
  .object({
    year,
    holidays: z.array(namedDay, { error: '放假日期无效' }).min(1, '请至少填写一个放假日期').max(366, '放假日期过多'),
    workingWeekends: z.array(namedDay, { error: '调休上班日期无效' }).max(366, '调休上班日期过多'),
    source: requiredText('通知名称或文号', 200),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    const check = (list: 'holidays' | 'workingWeekends', i: number, date: string) => {
      const path = [list, i, 'date'];
      if (!date.startsWith(`${input.year}-`)) {
        ctx.addIssue({ code: 'custom', path, message: `${date}不在${input.year}年内` });
      } else if (seen.has(date)) {
        ctx.addIssue({ code: 'custom', path, message: `${date}重复填写` });
      } else if (list === 'workingWeekends' && !isWeekend(date)) {
        ctx.addIssue({ code: 'custom', path, message: `${date}不是星期六或星期日，调休上班日应为周末` });
      }
      seen.add(date);
    };
    input.holidays.forEach((d, i) => check('holidays', i, d.date));
    input.workingWeekends.forEach((d, i) => check('workingWeekends', i, d.date));
  });
export type CalendarYearInput = z.infer<typeof calendarYearInput>;
