import { z } from 'zod';
import {
  APPEAL_KIND_LABELS,
  APPEAL_RESULT_LABELS,
  APPLICANT_CATEGORIES,
  DELIVERY_CHANNEL_LABELS,
  DELIVERY_FORM_LABELS,
  ID_TYPE_LABELS,
  isValidCreditCode,
  isValidIdCardNumber,
  OUTCOME_CODES,
  STAFF_CHANNELS,
  type OutcomeCode,
} from '@gongkai/domain';
import { id, legalDate, oneOf, optionalText, page, requiredText, year } from './common.js';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const MOBILE_OR_LANDLINE = /^(\+?86)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
const phone = (label: string) =>
  requiredText(label, 30).refine((s) => MOBILE_OR_LANDLINE.test(s.replace(/\s/g, '')), {
    message: `${label}格式不正确，请填写手机号码或带区号的固定电话`,
  });
const email = optionalText('电子邮箱', 100).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
  message: '电子邮箱格式不正确',
});

/** The person's ID number: 18-digit resident IDs are checked by their check character (GB 11643). */
const person = z
  .object({
    name: requiredText('姓名', 50),
    idType: oneOf('证件类型', keys(ID_TYPE_LABELS)),
    idNumber: requiredText('证件号码', 30).transform((s) => s.toUpperCase()),
    phone: phone('联系电话'),
    address: requiredText('通信地址', 200),
    email,
  })
  .superRefine((p, ctx) => {
    if (p.idType !== 'resident_id') return;
    if (!/^\d{17}[\dX]$/.test(p.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '居民身份证号码应为18位，最后一位可以是数字或X' });
    } else if (!isValidIdCardNumber(p.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码校验位不正确，请核对' });
    }
  });

/** 统一社会信用代码 checked by its check character (GB 32100). */
const organization = z.object({
  name: requiredText('单位名称', 100),
  creditCode: requiredText('统一社会信用代码', 18)
    .transform((s) => s.toUpperCase())
    .refine((s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s), '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）')
    .refine(
      (s) => !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) || isValidCreditCode(s),
      '统一社会信用代码校验位不正确，请核对',
    ),
  legalRepresentative: requiredText('法定代表人', 50),
  contactName: requiredText('联系人', 50),
  contactPhone: phone('联系人电话'),
  address: requiredText('通信地址', 200),
  email,
});

/** The applicant and what is asked for: the same on the public form and when staff register a letter. */
const applicationFields = {
  applicantCategory: oneOf('申请人类别', APPLICANT_CATEGORIES as unknown as [string, ...string[]]),
  person: person.optional(),
  organization: organization.optional(),
  description: requiredText('所需政府信息的名称、文号或者便于查询的其他特征性描述', 2000),
  docNumberHint: optionalText('文号', 100),
  purpose: optionalText('用途', 500),
  deliveryForm: oneOf('获取信息的方式', keys(DELIVERY_FORM_LABELS)),
  deliveryChannel: oneOf('获取信息的途径', keys(DELIVERY_CHANNEL_LABELS)),
};

/** A person fills the person part, an organization the organization part; the other is ignored. */
function requireApplicantPart<T extends { applicantCategory: string; person?: unknown; organization?: unknown }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.applicantCategory === '自然人' && !value.person) {
    ctx.addIssue({ code: 'custom', path: ['person', 'name'], message: '请填写申请人（自然人）的信息' });
  }
  if (value.applicantCategory !== '自然人' && !value.organization) {
    ctx.addIssue({ code: 'custom', path: ['organization', 'name'], message: '请填写申请人（法人或其他组织）的信息' });
  }
}

export const uploadedFile = z.object({
  fileName: requiredText('文件名', 200),
  // 5 MB a file as base64 (4/3 of the bytes): the site's request body limit (20M) holds three.
  base64: z.string({ error: '附件无效' }).max(7_000_000, '每个附件不能超过5MB'),
});

export const botCheck = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('pow'), token: z.string().max(2000), solution: z.string().max(32) }),
    z.object({
      mode: z.literal('fallback'),
      token: z.string().max(2000),
      answer: z.string().max(50),
      honeypot: z.string().max(200),
    }),
  ],
  { error: '请完成验证' },
);

export const applyInput = z
  .object({
    org: z.string().max(40),
    ...applicationFields,
    attachments: z.array(uploadedFile).max(3, '附件最多3个').default([]),
    bot: botCheck,
  })
  .superRefine(requireApplicantPart);
export type ApplyInput = z.infer<typeof applyInput>;

export const registerInput = z
  .object({
    channel: oneOf('申请方式', STAFF_CHANNELS),
    receivedOn: legalDate('收到申请日期'),
    ...applicationFields,
  })
  .superRefine(requireApplicantPart);
export type RegisterInput = z.infer<typeof registerInput>;
export type ApplicationFields = Omit<RegisterInput, 'channel' | 'receivedOn'>;

export const trackingInput = z.object({
  trackingNo: requiredText('查询号', 30),
  accessCode: requiredText('查询码', 20),
});

export const deskSupplementInput = trackingInput.extend({
  text: requiredText('补正内容', 2000),
  attachments: z.array(uploadedFile).max(3, '附件最多3个').default([]),
});
export const deskFeeInput = trackingInput.extend({ decision: oneOf('缴费意见', ['pay', 'decline']) });
export const deskWithdrawInput = trackingInput.extend({ reason: optionalText('撤回理由', 500) });
export const deskFileInput = trackingInput.extend({ fileId: id('文件') });
export const guideInput = z.object({ org: z.string().max(40) });

export const caseListInput = z.object({
  view: oneOf('范围', ['open', 'closed', 'all']).default('open'),
  due: oneOf('期限', ['soon', 'overdue']).optional(),
  mine: z.boolean().default(false),
  channel: oneOf('申请方式', ['online', ...STAFF_CHANNELS]).optional(),
  q: optionalText('关键词', 100),
  page,
});

const caseId = z.object({ id: id('申请') });
const dated = caseId.extend({ date: legalDate('日期') });
export { caseId };

export const confirmReceiptInput = caseId.extend({ receivedOn: legalDate('收到申请日期') });
export const assignInput = caseId.extend({ assigneeId: id('经办人').nullable() });
export const noteInput = caseId.extend({ text: requiredText('备注', 2000) });
export const supplementInput = dated.extend({
  items: requiredText('需补正的事项', 2000),
  dueDays: z
    .number()
    .int('补正期限无效')
    .min(1, '补正期限至少1个工作日')
    .max(60, '补正期限不能超过60个工作日')
    .default(15),
});
export const datedNoteInput = dated.extend({ note: optionalText('说明', 1000) });
export const consultationInput = dated.extend({
  party: oneOf('征求对象', ['third_party', 'other_agency']),
  recipient: requiredText('征求意见对象', 100),
  note: optionalText('说明', 1000),
});
export const endConsultationInput = dated.extend({
  party: oneOf('征求对象', ['third_party', 'other_agency']),
  note: optionalText('意见摘要', 1000),
});
export const extendInput = dated.extend({
  days: z.number({ error: '延长天数无效' }).int('延长天数无效').min(1, '延长天数至少1个工作日'),
  reason: requiredText('延期理由', 500),
});
export const feeNoticeInput = dated.extend({
  method: oneOf('收费方式', ['by_count', 'by_pages']),
  pages: z.number().int('页数无效').min(1, '页数无效').max(1_000_000, '页数过大').optional(),
});
export const recordFeeInput = dated.extend({ decision: oneOf('缴费结果', ['paid', 'declined']) });
export const replyInput = dated.extend({
  outcome: z.enum(OUTCOME_CODES as [OutcomeCode, ...OutcomeCode[]], { error: '请选择答复结果' }),
  legalBasis: requiredText('法律依据', 500),
  note: optionalText('答复说明', 3000),
  releasedFileIds: z.array(id('文件')).max(20, '最多20个文件').default([]),
});
export const appealInput = z.object({
  caseId: id('申请'),
  kind: oneOf('类型', keys(APPEAL_KIND_LABELS)),
  filedOn: legalDate('提起日期'),
  result: oneOf('结果', keys(APPEAL_RESULT_LABELS)),
  decidedOn: legalDate('审结日期').nullable().default(null),
  note: optionalText('说明', 1000),
});
export const appealUpdateInput = z.object({
  id: id('记录'),
  result: oneOf('结果', keys(APPEAL_RESULT_LABELS)),
  decidedOn: legalDate('审结日期').nullable().default(null),
  note: optionalText('说明', 1000),
});
export const yearSummaryInput = z.object({ year });
