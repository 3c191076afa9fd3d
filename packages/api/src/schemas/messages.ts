import { z } from 'zod';
import { MESSAGE_TYPES, RATINGS } from '@gongkai/domain';
import { id, limitedText, oneOf, optionalText, page, requiredText } from './common.js';
import { botCheck, trackingInput } from './requests.js';

/** Messages (互动交流); the visitor's length limits are the domain's (`limitedText`). */
const messageType = oneOf('留言类型', MESSAGE_TYPES);
const messageId = id('留言');

export const submitInput = z.object({
  org: z.string({ error: '请选择受理单位' }).trim().min(1, '请选择受理单位').max(40, '请选择受理单位'),
  type: messageType,
  subject: limitedText('title'),
  content: limitedText('content'),
  name: limitedText('name'),
  contact: limitedText('contact'),
  bot: botCheck,
});
export { trackingInput };
export const followUpInput = trackingInput.extend({ text: limitedText('content') });
export const rateInput = trackingInput.extend({ rating: oneOf('评价', RATINGS) });
export const publicListInput = z.object({
  org: z.string().max(40).optional(),
  type: messageType.optional(),
  q: optionalText('关键词', 100),
  page,
});
export const byMessage = z.object({ id: messageId });

export const staffListInput = z.object({
  view: oneOf('范围', ['open', 'answered', 'closed', 'all']).default('open'),
  due: oneOf('期限', ['soon', 'overdue']).optional(),
  mine: z.boolean().default(false),
  type: messageType.optional(),
  q: optionalText('关键词', 100),
  page,
});
export const assignInput = byMessage.extend({ assigneeId: id('承办人') });
export const transferInput = byMessage.extend({
  organizationId: id('单位'),
  reason: optionalText('转办说明', 500),
});
export const noteInput = byMessage.extend({ text: requiredText('备注', 2000) });
export const replyInput = byMessage.extend({
  text: optionalText('答复内容', 5000),
  publish: z.boolean().optional(),
});
export const replyDaysInput = z.object({
  replyWorkingDays: z
    .number({ error: '答复期限无效' })
    .int('答复期限无效')
    .min(1, '答复期限至少1个工作日')
    .max(30, '答复期限不能超过30个工作日'),
});
export const wordsInput = z.object({ words: z.string({ error: '请填写词表' }).max(20_000, '词表过长') });
