import { describe, expect, it } from 'vitest';
import {
  APPLICANT_CATEGORIES,
  closureOutcomeFor,
  isApplicantCategory,
  isOutcomeCode,
  OUTCOME_CODES,
  OUTCOME_GROUPS,
  OUTCOMES,
  outcomeFor,
  outcomeLabel,
} from './outcomes.js';

describe('outcomes (rules §4)', () => {
  it('is the closed list of the 2021 format', () => {
    expect(OUTCOME_CODES).toEqual([
      '1', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.1', '4.2', '4.3',
      '5.1', '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '6.3',
    ]); // prettier-ignore
    expect(OUTCOME_GROUPS.map((g) => g.label)).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ]);
    expect(OUTCOMES.filter((o) => o.group === '3').map((o) => o.rowLabel)).toEqual([
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ]);
    expect(outcomeFor('6.2').label).toBe('申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect(outcomeLabel('5.2')).toBe('（五）不予处理 · 2.重复申请');
    expect(outcomeLabel('1')).toBe('（一）予以公开');
    expect(isOutcomeCode('3.9')).toBe(false);
    expect(isOutcomeCode('4.3')).toBe(true);
  });

  it('cites Art. 14, 15 or 16 of the 2019 条例 for refusals', () => {
    const articles = Object.fromEntries(OUTCOMES.map((o) => [o.code, o.legalBasis?.article ?? null]));
    expect(articles).toMatchObject({
      '3.1': 14,
      '3.2': 14,
      '3.3': 14,
      '3.4': 15,
      '3.5': 16,
      '3.6': 16,
      '3.7': 16,
      '1': null,
    });
    expect(outcomeFor('3.4').legalBasis?.text).toBe('《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条');
  });

  it('has the applicant categories of table 三', () => {
    expect(APPLICANT_CATEGORIES).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(isApplicantCategory('科研机构')).toBe(true);
    expect(isApplicantCategory('法人或其他组织')).toBe(false);
  });

  it('fixes the outcome of cases closed without an answer', () => {
    expect(closureOutcomeFor({ type: 'feeDeclined', date: '2026-03-02' })).toEqual({ code: '6.2', note: null });
    expect(closureOutcomeFor({ type: 'feeExpired', date: '2026-03-02' })).toEqual({ code: '6.2', note: null });
    expect(closureOutcomeFor({ type: 'withdrawn', date: '2026-03-02' })).toEqual({ code: '6.3', note: '申请人撤回' });
    expect(closureOutcomeFor({ type: 'supplementExpired', date: '2026-03-02' })).toEqual({ code: '6.1', note: null });
    expect(closureOutcomeFor({ type: 'closed', date: '2026-03-02' })).toBeNull();
  });
});
