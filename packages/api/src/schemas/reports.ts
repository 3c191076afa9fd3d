import { z } from 'zod';
import { id, optionalText, page, slug, year } from './common.js';

const reportId = id('报告编号');
const version = id('版本号');
/** A narrative section: long enough for a whole 总体情况. */
const NARRATIVE_MAX = 20_000;

export const generateInput = z.object({ year });
export const jobInput = z.object({ jobId: id('任务编号') });
export const reportInput = z.object({ id: reportId, version: version.optional() });
export const narrativeInput = z.object({
  id: reportId,
  narrative: z.record(
    z.string().regex(/^[a-z]+$/, '叙述部分无效'),
    z.string({ error: '叙述应为文字' }).max(NARRATIVE_MAX, `每部分不能超过${NARRATIVE_MAX}字`),
  ),
});
export const manualInput = z.object({
  id: reportId,
  values: z.record(
    z.string().regex(/^t2\.[a-z]+\.[a-z]+$/, '填报项无效'),
    z.object({ value: optionalText('数值', 30), note: optionalText('数据来源说明', 500) }),
  ),
});
export const diffInput = z.object({ id: reportId, from: version, to: version });
export const traceInput = z.object({
  id: reportId,
  version: version.optional(),
  key: z.string().min(1, '数字无效').max(100, '数字无效'),
  page,
});
export const publishInput = z.object({ id: reportId, changeNote: optionalText('修订说明', 500) });

export const publicListInput = z.object({ organization: slug('单位').optional() });
export const publicReportInput = z.object({ organization: slug('单位'), year });
export const publicStatsInput = z.object({ organization: slug('单位'), year: year.optional() });
