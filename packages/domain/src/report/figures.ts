/**
 * The figures a narrative binds to with {{名称}} (decisions.md "Report": sentences that carry figures
 * are bound to the data). Each carries the records behind it, so a click on the number lists them.
 */
import { OUTCOME_CODES } from '../requests/outcomes.js';
import { APPEAL_RESULTS, sumByApplicant } from './records.js';
import type { Figure, NamedCount, ReportRecords, TraceRef } from './types.js';

const figure = (key: string, name: string, value: number, unit: string, trace: TraceRef | null): Figure => ({
  key,
  name,
  value,
  unit,
  trace,
});

/** One figure per column or category; a name two of them share gets its key appended. */
function named(
  prefix: 'column' | 'category',
  label: string,
  items: readonly NamedCount[],
  taken: Set<string>,
): Figure[] {
  return items.map((item) => {
    const plain = `${label}:${item.name}`;
    const name = taken.has(plain) ? `${plain}（${item.key}）` : plain;
    taken.add(name);
    return figure(`ov.${prefix}.${item.key}`, name, item.count, '条', {
      kind: 'publications',
      set: prefix,
      key: item.key,
    });
  });
}

/**
 * `organizationName` is not a figure ({{机关名称}} is plain text, see renderNarrative) and is accepted
 * only so that callers can pass the report context as a whole.
 */
export function reportFigures(records: ReportRecords, _organizationName?: string): Figure[] {
  const { publications: p, normative: n, requests: r, participation: pt } = records;
  const appeals = (kind: 'review' | 'lawsuit_direct' | 'lawsuit_after_review') =>
    APPEAL_RESULTS.reduce((sum, result) => sum + records.appeals[kind][result], 0);
  const closed = OUTCOME_CODES.reduce((sum, code) => sum + sumByApplicant(r.outcomes[code]), 0);
  const requests = (set: 'received' | 'carriedOver' | 'closed' | 'carriedForward'): TraceRef => ({
    kind: 'requests',
    set,
    category: null,
    outcome: null,
  });
  const normative = (tier: 'rules' | 'documents', set: 'issued' | 'repealed' | 'inForce'): TraceRef => ({
    kind: 'normative',
    tier,
    set,
  });
  const participation = (
    set: 'consultations' | 'comments' | 'messages' | 'messagesReplied' | 'hotlineCalls',
  ): TraceRef => ({ kind: 'participation', set });
  const taken = new Set<string>();
  return [
    figure('ov.catalogue', '主动公开信息数', p.catalogue, '条', { kind: 'publications', set: 'catalogue' }),
    figure('ov.documents', '主动公开文件数', p.documents, '条', { kind: 'publications', set: 'documents' }),
    figure('ov.normative', '规范性文件数', p.normative, '条', { kind: 'publications', set: 'normative' }),
    // 行政规范性文件 only: 规章 are counted on their own (a town issues none).
    figure(
      'ov.normative.documents.issued',
      '制发规范性文件数',
      n.documents.issued,
      '件',
      normative('documents', 'issued'),
    ),
    figure(
      'ov.normative.documents.repealed',
      '废止规范性文件数',
      n.documents.repealed,
      '件',
      normative('documents', 'repealed'),
    ),
    figure(
      'ov.normative.documents.inForce',
      '现行有效规范性文件数',
      n.documents.inForce,
      '件',
      normative('documents', 'inForce'),
    ),
    figure('ov.normative.rules.issued', '制发规章数', n.rules.issued, '件', normative('rules', 'issued')),
    figure('ov.normative.rules.repealed', '废止规章数', n.rules.repealed, '件', normative('rules', 'repealed')),
    figure('ov.normative.rules.inForce', '现行有效规章数', n.rules.inForce, '件', normative('rules', 'inForce')),
    ...named('column', '栏目', p.byColumn, taken),
    ...named('category', '目录', p.byCategory, taken),
    figure('ov.views', '点击量', records.views, '人次', { kind: 'views' }),
    figure('ov.views.wan', '点击量（万人次）', Math.round(records.views / 100) / 100, '万人次', { kind: 'views' }),
    figure('rq.received', '新收申请数', sumByApplicant(r.received), '件', requests('received')),
    figure('rq.carriedOver', '上年结转申请数', sumByApplicant(r.carriedOver), '件', requests('carriedOver')),
    figure('rq.closed', '办结申请数', closed, '件', requests('closed')),
    figure('rq.carriedForward', '结转下年度申请数', sumByApplicant(r.carriedForward), '件', requests('carriedForward')),
    figure('pt.consultations', '征求意见数', pt.consultations, '次', participation('consultations')),
    figure('pt.comments', '收到意见数', pt.comments, '条', participation('comments')),
    figure('pt.messages', '留言数', pt.messages, '条', participation('messages')),
    figure('pt.messagesReplied', '已答复留言数', pt.messagesReplied, '条', participation('messagesReplied')),
    figure('pt.hotlineCalls', '热线来电数', pt.hotlineCalls, '次', participation('hotlineCalls')),
    figure('fees.collected', '信息处理费', records.feesCollected, '元', { kind: 'fees' }),
    figure('ap.review', '行政复议数', appeals('review'), '件', { kind: 'appeals', appealKind: 'review', result: null }),
    // Two kinds of lawsuit: a trace names one kind, so the sum has none (table 四 traces each).
    figure('ap.lawsuit', '行政诉讼数', appeals('lawsuit_direct') + appeals('lawsuit_after_review'), '件', null),
  ];
}
