/**
 * The closed list of reply outcomes (the annual report's 2021 format, rules §4): every closed
 * request records exactly one, plus the applicant category. Labels are verbatim.
 */
import type { CaseEvent } from './case-events.js';

export const OUTCOME_GROUPS = [
  { group: '1', label: '（一）予以公开' },
  { group: '2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { group: '3', label: '（三）不予公开' },
  { group: '4', label: '（四）无法提供' },
  { group: '5', label: '（五）不予处理' },
  { group: '6', label: '（六）其他处理' },
] as const;

export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]['group'];

export interface LegalBasis {
  readonly article: 14 | 15 | 16;
  readonly text: string;
}

const ARTICLES: Record<LegalBasis['article'], LegalBasis> = {
  14: { article: 14, text: '《中华人民共和国政府信息公开条例》（国务院令第711号）第十四条' },
  15: { article: 15, text: '《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条' },
  16: { article: 16, text: '《中华人民共和国政府信息公开条例》（国务院令第711号）第十六条' },
};

interface OutcomeDefinition {
  readonly code: string;
  readonly group: OutcomeGroup;
  /** The sub-row label without its number (the group label for （一） and （二）). */
  readonly label: string;
  /** The report row: "1.属于国家秘密", or the group label for （一） and （二）. */
  readonly rowLabel: string;
  /** The article a refusal cites (2019 条例), where rules §4 names one. */
  readonly legalBasis: LegalBasis | null;
}

function sub(group: OutcomeGroup, n: number, label: string, article?: LegalBasis['article']): OutcomeDefinition {
  return {
    code: `${group}.${n}`,
    group,
    label,
    rowLabel: `${n}.${label}`,
    legalBasis: article ? ARTICLES[article] : null,
  };
}

export const OUTCOMES = [
  { code: '1', group: '1', label: '予以公开', rowLabel: '（一）予以公开', legalBasis: null },
  {
    code: '2',
    group: '2',
    label: '部分公开',
    rowLabel: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    legalBasis: null,
  },
  sub('3', 1, '属于国家秘密', 14),
  sub('3', 2, '其他法律行政法规禁止公开', 14),
  sub('3', 3, '危及“三安全一稳定”', 14),
  sub('3', 4, '保护第三方合法权益', 15),
  sub('3', 5, '属于三类内部事务信息', 16),
  sub('3', 6, '属于四类过程性信息', 16),
  sub('3', 7, '属于行政执法案卷', 16),
  sub('3', 8, '属于行政查询事项'),
  sub('4', 1, '本机关不掌握相关政府信息'),
  sub('4', 2, '没有现成信息需要另行制作'),
  sub('4', 3, '补正后申请内容仍不明确'),
  sub('5', 1, '信访举报投诉类申请'),
  sub('5', 2, '重复申请'),
  sub('5', 3, '要求提供公开出版物'),
  sub('5', 4, '无正当理由大量反复申请'),
  sub('5', 5, '要求行政机关确认或重新出具已获取信息'),
  sub('6', 1, '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  sub('6', 2, '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  sub('6', 3, '其他'),
] as const satisfies readonly OutcomeDefinition[];

export type OutcomeCode =
  '1' | '2' | `3.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}` | `4.${1 | 2 | 3}` | `5.${1 | 2 | 3 | 4 | 5}` | `6.${1 | 2 | 3}`;

export type Outcome = OutcomeDefinition & { readonly code: OutcomeCode };

export const OUTCOME_CODES: readonly OutcomeCode[] = OUTCOMES.map((o) => o.code as OutcomeCode);

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (OUTCOME_CODES as readonly string[]).includes(value);
}

export function outcomeFor(code: OutcomeCode): Outcome {
  const outcome = OUTCOMES.find((o) => o.code === code);
  if (!outcome) throw new RangeError(`unknown outcome: ${code}`);
  return outcome as Outcome;
}

/** "（三）不予公开 · 1.属于国家秘密", or the group label alone for （一） and （二）. */
export function outcomeLabel(code: OutcomeCode): string {
  const outcome = outcomeFor(code);
  if (outcome.code === '1' || outcome.code === '2') return outcome.rowLabel;
  const group = OUTCOME_GROUPS.find((g) => g.group === outcome.group);
  return `${group?.label ?? ''} · ${outcome.rowLabel}`;
}

/** Applicant categories, the columns of report table 三. */
export const NATURAL_PERSON = '自然人';
export const LEGAL_PERSON_GROUP = '法人或其他组织';
export const LEGAL_PERSON_CATEGORIES = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
export const APPLICANT_CATEGORIES = [NATURAL_PERSON, ...LEGAL_PERSON_CATEGORIES] as const;
export type ApplicantCategory = (typeof APPLICANT_CATEGORIES)[number];

export function isApplicantCategory(value: string): value is ApplicantCategory {
  return (APPLICANT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The fixed outcome of a case closed by an event other than an answer (decisions.md "Clock
 * details"); null for `closed` (staff choose the outcome) and for events that do not close a case.
 */
export function closureOutcomeFor(event: CaseEvent): { code: OutcomeCode; note: string | null } | null {
  switch (event.type) {
    case 'supplementExpired':
      return { code: '6.1', note: null };
    case 'feeDeclined':
    case 'feeExpired':
      return { code: '6.2', note: null };
    case 'withdrawn':
      return { code: '6.3', note: '申请人撤回' };
    default:
      return null;
  }
}
