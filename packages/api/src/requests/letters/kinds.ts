/**
 * The letters a request case produces (依申请公开文书) and the placeholders their templates may use.
 * Placeholder keys are Chinese so that the staff who edit a template read them as words.
 */

export const LETTER_KINDS = ['receipt', 'supplement', 'consultation', 'extension', 'fee', 'reply'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  receipt: '政府信息公开申请登记回执',
  supplement: '补正申请告知书',
  consultation: '征求意见书（第三方、其他机关）',
  extension: '延期答复告知书',
  fee: '收取信息处理费通知书',
  reply: '政府信息公开申请答复书',
};

/** Every placeholder with the label shown in the template editor's help. */
export const PLACEHOLDER_LABELS = {
  申请人: '申请人姓名或单位名称',
  查询号: '申请的查询号',
  申请日期: '申请人提出申请的日期',
  收到日期: '本机关收到申请的日期',
  申请内容: '申请公开的政府信息（申请内容描述）',
  补正事项: '需要补正的事项',
  补正期限: '补正截止日期',
  第三方: '被征求意见的第三方或其他机关名称',
  延期天数: '延长的工作日数',
  延期理由: '延期答复的理由',
  答复期限: '答复截止日期',
  收费方式: '收费方式（按件计收或按量计收）',
  收费金额: '应缴信息处理费金额（元）',
  缴费期限: '缴费截止日期',
  答复结果: '处理结果（如予以公开、不予公开）',
  法律依据: '答复所依据的条款',
  答复说明: '答复的具体说明',
  附件清单: '随答复提供的文件名称',
  机关名称: '本机关名称（落款）',
  落款日期: '落款日期（成文日期）',
} as const;
export type PlaceholderKey = keyof typeof PLACEHOLDER_LABELS;

/** Values for a letter's placeholders; see `fillTemplate` for what a missing value becomes. */
export type LetterValues = Partial<Record<PlaceholderKey, string>>;

/** What every letter may name: the case, its applicant and the signature. */
const COMMON: readonly PlaceholderKey[] = [
  '申请人',
  '查询号',
  '申请日期',
  '收到日期',
  '申请内容',
  '机关名称',
  '落款日期',
];

const OWN: Record<LetterKind, readonly PlaceholderKey[]> = {
  receipt: ['答复期限'],
  supplement: ['补正事项', '补正期限'],
  consultation: ['第三方'],
  extension: ['延期天数', '延期理由', '答复期限'],
  fee: ['收费方式', '收费金额', '缴费期限'],
  reply: ['答复结果', '法律依据', '答复说明', '附件清单'],
};

export interface Placeholder {
  key: PlaceholderKey;
  label: string;
}

/** The placeholders a template of `kind` may use, in the order the editor's help lists them. */
export function placeholdersFor(kind: LetterKind): Placeholder[] {
  return [...COMMON, ...OWN[kind]].map((key) => ({ key, label: PLACEHOLDER_LABELS[key] }));
}
