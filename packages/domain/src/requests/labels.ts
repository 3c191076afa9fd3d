/** Labels of a request case's fields, shown on the public desk, in the console and in letters. */

export const REQUEST_CHANNEL_LABELS = {
  online: '网上申请',
  in_person: '当面申请',
  letter: '信函申请',
  fax: '传真申请',
  email: '电子邮件申请',
} as const;
export type RequestChannel = keyof typeof REQUEST_CHANNEL_LABELS;
/** Channels staff register by hand; online applications arrive by themselves. */
export const STAFF_CHANNELS = ['in_person', 'letter', 'fax', 'email'] as const satisfies readonly RequestChannel[];

/** Receipt-date rule of each channel (2019 条例 Art. 31), shown where staff enter the date. */
export const RECEIPT_RULES: Record<RequestChannel, string> = {
  online: '网上提交的，以双方确认之日为收到申请之日',
  in_person: '当面提交的，以提交之日为收到申请之日',
  letter: '邮寄的，以签收之日为收到申请之日；平常信函等无需签收的，以与申请人确认之日为收到申请之日',
  fax: '以传真提交的，以双方确认之日为收到申请之日',
  email: '以电子邮件提交的，以双方确认之日为收到申请之日',
};

export const ID_TYPE_LABELS = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_pass: '港澳居民来往内地通行证',
  taiwan_pass: '台湾居民来往大陆通行证',
  other: '其他',
} as const;
export type IdType = keyof typeof ID_TYPE_LABELS;

export const DELIVERY_FORM_LABELS = {
  paper: '纸质',
  email: '电子邮件',
  disc: '光盘',
  usb: 'U盘',
  other: '其他',
} as const;
export type DeliveryForm = keyof typeof DELIVERY_FORM_LABELS;

export const DELIVERY_CHANNEL_LABELS = { post: '邮寄', email: '电子邮件', pickup: '自行领取' } as const;
export type DeliveryChannel = keyof typeof DELIVERY_CHANNEL_LABELS;

/** Who is consulted while the clock pauses (Arts. 32, 34). */
export const CONSULTATION_PARTY_LABELS = { third_party: '第三方', other_agency: '其他机关' } as const;

export const APPLICANT_KIND_LABELS = { person: '自然人', organization: '法人或其他组织' } as const;
export type ApplicantKind = keyof typeof APPLICANT_KIND_LABELS;

export const CASE_STATE_LABELS = {
  pending_receipt: '待确认接收',
  running: '办理中',
  consulting: '征求意见中',
  awaiting_supplement: '待补正',
  awaiting_fee: '待缴费',
  closed: '已办结',
} as const;
export type RequestCaseState = keyof typeof CASE_STATE_LABELS;

export const APPEAL_KIND_LABELS = {
  review: '行政复议',
  lawsuit_direct: '行政诉讼（未经复议直接起诉）',
  lawsuit_after_review: '行政诉讼（复议后起诉）',
} as const;
export type AppealKind = keyof typeof APPEAL_KIND_LABELS;

export const APPEAL_RESULT_LABELS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
} as const;
export type AppealResult = keyof typeof APPEAL_RESULT_LABELS;

export const FEE_STATUS_LABELS = {
  notified: '待缴费',
  paid: '已缴费',
  declined: '不同意缴费',
  expired: '逾期未缴费',
} as const;
export type FeeStatus = keyof typeof FEE_STATUS_LABELS;

export const REQUEST_FILE_KIND_LABELS = {
  application: '申请材料',
  supplement: '补正材料',
  notice: '告知书',
  reply: '答复书',
  released: '公开的政府信息',
} as const;
export type RequestFileKind = keyof typeof REQUEST_FILE_KIND_LABELS;
