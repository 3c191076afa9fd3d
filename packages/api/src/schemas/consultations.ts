import { z } from 'zod';
import { ADOPTION_LABELS } from '@gongkai/domain';
import { id, legalDate, limitedText, oneOf, optionalText, page, requiredText } from './common.js';
import { botCheck } from './requests.js';

/** Consultations on drafts; the public form's length limits are the domain's (`limitedText`). */
const phase = oneOf('状态', ['upcoming', 'open', 'closed']);
const consultationId = id('征求意见');

export const deskListInput = z.object({ org: z.string().max(40).optional(), phase: phase.optional(), page });
export const byConsultation = z.object({ id: consultationId });
export const commentInput = z.object({
  consultationId,
  sectionNo: z.number({ error: '请选择有效的条款' }).int('请选择有效的条款').min(0).nullable().default(null),
  name: limitedText('name'),
  contact: limitedText('contact'),
  content: limitedText('comment'),
  bot: botCheck,
});
export const commentTrackInput = z.object({ trackingNo: requiredText('查询码', 30) });
export const reportInput = z.object({ commentId: id('意见'), bot: botCheck });

export const staffListInput = z.object({ phase: phase.optional(), page });
export const defaultsInput = z.object({
  openDate: legalDate('开始日期'),
  major: z.boolean().default(false),
  workingDays: z
    .number({ error: '征求意见期限无效' })
    .int('征求意见期限无效')
    .min(7, '征求意见期限不得少于7个工作日')
    .max(120, '征求意见期限不能超过120个工作日')
    .default(7),
});

const texts = {
  title: requiredText('标题', 100),
  explanation: requiredText('起草说明', 5000),
  howToComment: requiredText('意见反馈方式', 1000),
  contact: requiredText('联系方式', 200),
  major: z.boolean().default(false),
};

export const createInput = defaultsInput.extend({
  ...texts,
  source: z
    .object({ publicationId: id('信息').optional(), fileId: id('文件').optional() })
    .refine((s) => (s.publicationId === undefined) !== (s.fileId === undefined), {
      message: '请选择一篇信息或上传Word文档作为征求意见稿',
      path: ['fileId'],
    }),
  closeDate: legalDate('截止日期').optional(),
});
export type CreateInput = z.infer<typeof createInput>;

export const updateInput = z.object({
  id: consultationId,
  ...texts,
  openDate: legalDate('开始日期'),
  closeDate: legalDate('截止日期'),
});

export const byComment = z.object({ id: id('意见') });
export const rejectInput = byComment.extend({ reason: optionalText('理由', 500) });
export const feedbackInput = z.object({
  consultationId,
  commentIds: z.array(id('意见')).min(1, '请选择意见').max(1000, '一次最多1000条意见'),
  adoption: oneOf('采纳情况', ADOPTION_LABELS),
  reason: optionalText('理由', 2000),
});
export const byFeedback = z.object({ id: id('反馈') });
export const publishFeedbackInput = z.object({ id: consultationId, summary: requiredText('采纳情况说明', 5000) });
export const linkAdoptedInput = z.object({ id: consultationId, publicationId: id('信息').nullable() });
