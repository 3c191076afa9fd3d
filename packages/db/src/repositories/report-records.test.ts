import {
  APPEAL_KINDS,
  APPLICANT_CATEGORIES,
  OUTCOME_CODES,
  emptyReportRecords,
  sumByApplicant,
  type ByApplicant,
  type TraceRef,
} from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { insertReportFixture, type ReportFixture } from '../testing/report-fixture.js';
import { testDialects } from '../testing/test-db.js';
import { REPORT_RECORD_STEPS, loadReportRecords } from './report-records.js';
import { traceRecords } from './report-trace.js';

const counts = (values: Partial<ByApplicant>): ByApplicant => ({
  ...emptyReportRecords(2024).requests.received,
  ...values,
});

describe.each(testDialects())('annual report records on $name', (dialect) => {
  let db: Db;
  let f: ReportFixture;

  beforeAll(async () => {
    db = await dialect.open();
    f = await insertReportFixture(db.db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  const trace = (ref: TraceRef, year = 2024, page = { limit: 100, offset: 0 }) =>
    traceRecords(db.db, f.org, year, ref, page);

  it('counts the catalogue, its categories and the columns of the year', async () => {
    const r = await loadReportRecords(db.db, f.org, 2024);
    expect(r.year).toBe(2024);
    expect(r.publications).toEqual({
      catalogue: 3,
      documents: 2,
      normative: 2,
      byCategory: [
        { key: String(f.categories.overview), name: '概况信息', count: 1 },
        { key: String(f.categories.rules), name: '规章制度类信息', count: 2 },
      ],
      byColumn: [
        { key: 'zwdt', name: 'zwdt', count: 2 },
        { key: 'gsgg', name: 'gsgg', count: 1 },
        { key: 'ndbg', name: 'ndbg', count: 0 },
      ],
    });
    expect(r.views).toBe(107);
  });

  it('classifies 规章 and 行政规范性文件 by issue date and dated validity changes', async () => {
    const r2024 = await loadReportRecords(db.db, f.org, 2024);
    expect(r2024.normative).toEqual({
      rules: { issued: 1, published: 1, repealed: 0, inForce: 1 },
      documents: { issued: 0, published: 1, repealed: 1, inForce: 2 },
    });
    const r2023 = await loadReportRecords(db.db, f.org, 2023);
    expect(r2023.normative).toEqual({
      rules: { issued: 0, published: 0, repealed: 0, inForce: 0 },
      documents: { issued: 2, published: 1, repealed: 1, inForce: 2 },
    });
  });

  it('counts table 三 per applicant category, and every column balances', async () => {
    const { requests } = await loadReportRecords(db.db, f.org, 2024);
    expect(requests.received).toEqual(counts({ 自然人: 2, 科研机构: 1, 其他: 1 }));
    expect(requests.carriedOver).toEqual(counts({ 自然人: 1, 商业企业: 1 }));
    expect(requests.carriedForward).toEqual(counts({ 自然人: 1, 科研机构: 1 }));
    expect(requests.outcomes['1']).toEqual(counts({ 自然人: 1 }));
    expect(requests.outcomes['3.1']).toEqual(counts({ 商业企业: 1 }));
    expect(requests.outcomes['5.2']).toEqual(counts({ 其他: 1 }));
    expect(requests.outcomes['6.2']).toEqual(counts({ 自然人: 1 }));
    expect(OUTCOME_CODES.reduce((sum, code) => sum + sumByApplicant(requests.outcomes[code]), 0)).toBe(4);
    for (const category of APPLICANT_CATEGORIES) {
      const closed = OUTCOME_CODES.reduce((sum, code) => sum + requests.outcomes[code][category], 0);
      expect(requests.received[category] + requests.carriedOver[category], category).toBe(
        closed + requests.carriedForward[category],
      );
    }
  });

  it('counts appeals filed in the year, fees paid in it and participation at the Shanghai year’s edges', async () => {
    const r = await loadReportRecords(db.db, f.org, 2024);
    expect(r.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0 });
    expect(r.appeals.lawsuit_direct).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1 });
    expect(r.appeals.lawsuit_after_review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0 });
    expect(r.feesCollected).toBe(300);
    expect(r.participation).toEqual({
      consultations: 1,
      comments: 2,
      messages: 3,
      messagesReplied: 2,
      hotlineCalls: 1,
    });
  });

  it('reports each step before running it', async () => {
    const steps: [number, number, string][] = [];
    await loadReportRecords(db.db, f.org, 2024, async (done, total, label) => {
      steps.push([done, total, label]);
    });
    expect(steps).toEqual(REPORT_RECORD_STEPS.map((label, i) => [i, REPORT_RECORD_STEPS.length, label]));
  });

  it('gives empty records for a year without any', async () => {
    const r = await loadReportRecords(db.db, f.org, 2010);
    const empty = emptyReportRecords(2010);
    expect({ ...r, publications: { ...r.publications, byCategory: [], byColumn: [] } }).toEqual(empty);
    expect(r.publications.byColumn.map((c) => c.count)).toEqual([0, 0, 0]);
  });

  it('lists exactly the records behind every figure', async () => {
    const r = await loadReportRecords(db.db, f.org, 2024);
    const refs: [TraceRef, number][] = [
      [{ kind: 'publications', set: 'catalogue' }, r.publications.catalogue],
      [{ kind: 'publications', set: 'documents' }, r.publications.documents],
      [{ kind: 'publications', set: 'normative' }, r.publications.normative],
      ...r.publications.byCategory.map((c): [TraceRef, number] => [
        { kind: 'publications', set: 'category', key: c.key },
        c.count,
      ]),
      ...r.publications.byColumn.map((c): [TraceRef, number] => [
        { kind: 'publications', set: 'column', key: c.key },
        c.count,
      ]),
      ...(['rules', 'documents'] as const).flatMap((tier) =>
        (['issued', 'published', 'repealed', 'inForce'] as const).map((set): [TraceRef, number] => [
          { kind: 'normative', tier, set },
          r.normative[tier][set],
        ]),
      ),
      ...(['received', 'carriedOver', 'carriedForward'] as const).flatMap((set) => [
        [{ kind: 'requests', set, category: null, outcome: null }, sumByApplicant(r.requests[set])] as [
          TraceRef,
          number,
        ],
        ...APPLICANT_CATEGORIES.map((category): [TraceRef, number] => [
          { kind: 'requests', set, category, outcome: null },
          r.requests[set][category],
        ]),
      ]),
      ...OUTCOME_CODES.map((outcome): [TraceRef, number] => [
        { kind: 'requests', set: 'closed', category: null, outcome },
        sumByApplicant(r.requests.outcomes[outcome]),
      ]),
      [{ kind: 'requests', set: 'closed', category: '自然人', outcome: '6.2' }, 1],
      [{ kind: 'requests', set: 'closed', category: null, outcome: null }, 4],
      ...APPEAL_KINDS.map((appealKind): [TraceRef, number] => [
        { kind: 'appeals', appealKind, result: null },
        Object.values(r.appeals[appealKind]).reduce((a, b) => a + b, 0),
      ]),
      [{ kind: 'appeals', appealKind: 'review', result: 'upheld' }, 1],
      ...(['consultations', 'comments', 'messages', 'messagesReplied', 'hotlineCalls'] as const).map(
        (set): [TraceRef, number] => [{ kind: 'participation', set }, r.participation[set]],
      ),
      [{ kind: 'fees' }, 1],
      [{ kind: 'views' }, 2],
    ];
    for (const [ref, expected] of refs) {
      const list = await trace(ref);
      expect(list.total, JSON.stringify(ref)).toBe(expected);
      expect(list.items, JSON.stringify(ref)).toHaveLength(expected);
    }
  });

  it('shows requests by tracking number and masked applicant, never sealed data', async () => {
    const list = await trace({ kind: 'requests', set: 'received', category: null, outcome: null });
    expect(list.items.map((i) => [i.title, i.date])).toEqual([
      ['R1 申请人R1', '2024-02-01'],
      ['R8 申请人R8', '2024-03-01'],
      ['R5 申请人R5', '2024-06-01'],
      ['R4 申请人R4', '2024-12-20'],
    ]);
    expect(list.items.every((i) => i.kind === 'request')).toBe(true);
    expect(list.items[2]!.detail).toBe(
      '自然人 · （六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
    const closed = await trace({ kind: 'requests', set: 'closed', category: null, outcome: null });
    expect(closed.items.map((i) => i.date)).toEqual(['2024-01-10', '2024-02-20', '2024-03-05', '2024-06-15']);
    const everything = JSON.stringify(
      await Promise.all([
        closed,
        trace({ kind: 'participation', set: 'comments' }),
        trace({ kind: 'participation', set: 'messages' }),
        trace({ kind: 'fees' }),
      ]),
    );
    expect(everything).not.toContain('SEALED');
  });

  it('dates and describes the other lists', async () => {
    expect((await trace({ kind: 'fees' })).items).toEqual([
      { id: f.cases.r5, kind: 'request', title: 'R5 申请人R5', date: '2024-06-10', detail: '信息处理费 300 元' },
    ]);
    expect((await trace({ kind: 'views' })).items.map((i) => [i.id, i.detail])).toEqual([
      [f.publications.p1, '100 人次'],
      [f.publications.p5, '7 人次'],
    ]);
    expect((await trace({ kind: 'normative', tier: 'documents', set: 'inForce' })).items.map((i) => i.id)).toEqual([
      f.publications.p9,
      f.publications.p2,
    ]);
    const replied = await trace({ kind: 'participation', set: 'messagesReplied' });
    expect(replied.items.map((i) => [i.title, i.date])).toEqual([
      ['M2 留言M2', '2024-01-02'],
      ['M1 留言M1', '2024-02-03'],
    ]);
    const comments = await trace({ kind: 'participation', set: 'comments' });
    expect(comments.items.map((i) => i.date)).toEqual(['2024-01-01', '2024-03-02']);
    const calls = await trace({ kind: 'participation', set: 'hotlineCalls' });
    expect(calls.items.map((i) => i.date)).toEqual(['2024-01-01']);
    const appeals = await trace({ kind: 'appeals', appealKind: 'lawsuit_direct', result: null });
    expect(appeals.items.map((i) => i.detail)).toEqual(['行政诉讼（未经复议直接起诉） · 尚未审结']);
  });

  it('pages through a list', async () => {
    const ref: TraceRef = { kind: 'requests', set: 'received', category: null, outcome: null };
    const first = await trace(ref, 2024, { limit: 3, offset: 0 });
    const second = await trace(ref, 2024, { limit: 3, offset: 3 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual((await trace(ref)).items.map((i) => i.title));
    expect(second.items).toHaveLength(1);
    expect(await trace({ kind: 'publications', set: 'category', key: '999999' })).toEqual({ total: 0, items: [] });
  });

  it('leaves the other organization’s records out', async () => {
    const r = await loadReportRecords(db.db, f.otherOrg, 2024);
    expect(r.publications.catalogue).toBe(1);
    expect(r.views).toBe(1000);
    expect(sumByApplicant(r.requests.received)).toBe(1);
    expect(r.feesCollected).toBe(50);
    expect(r.participation).toEqual({
      consultations: 1,
      comments: 1,
      messages: 1,
      messagesReplied: 1,
      hotlineCalls: 1,
    });
  });
});
