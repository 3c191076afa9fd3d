import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { insertReportFixture, type ReportFixture } from '../testing/report-fixture.js';
import { testDialects } from '../testing/test-db.js';
import * as stats from './stats.js';

const byKey = <T, K extends keyof T>(rows: T[], key: K) =>
  [...rows].sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')));

describe.each(testDialects())('statistics on $name', (dialect) => {
  let db: Db;
  let f: ReportFixture;
  const year = ['2024-01-01', '2024-12-31'] as const;

  beforeAll(async () => {
    db = await dialect.open();
    f = await insertReportFixture(db.db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('counts publications and views per month and per column', async () => {
    expect(await stats.publicationsByMonth(db.db, f.org, ...year)).toEqual([
      { month: '2024-03', count: 1 },
      { month: '2024-05', count: 1 },
      { month: '2024-07', count: 1 },
      { month: '2024-12', count: 1 },
    ]);
    expect(await stats.publicationsByColumn(db.db, f.org, ...year)).toEqual([
      { key: 'zwdt', name: 'zwdt', count: 2 },
      { key: 'gsgg', name: 'gsgg', count: 1 },
      { key: 'ndbg', name: 'ndbg', count: 0 },
    ]);
    expect(await stats.viewsByMonth(db.db, f.org, ...year)).toEqual([
      { month: '2024-03', count: 100 },
      { month: '2024-12', count: 7 },
    ]);
    expect(await stats.publicationsByMonth(db.db, f.org, '2024-03-01', '2024-05-09')).toEqual([
      { month: '2024-03', count: 1 },
    ]);
  });

  it('counts requests by outcome, applicant, response time and lateness', async () => {
    expect(byKey(await stats.requestsByOutcome(db.db, f.org, ...year), 'outcome')).toEqual([
      { outcome: '1', count: 1 },
      { outcome: '3.1', count: 1 },
      { outcome: '5.2', count: 1 },
      { outcome: '6.2', count: 1 },
    ]);
    expect(byKey(await stats.requestsByApplicant(db.db, f.org, ...year), 'category')).toEqual(
      byKey(
        [
          { category: '自然人', count: 2 },
          { category: '科研机构', count: 1 },
          { category: '其他', count: 1 },
        ],
        'category',
      ),
    );
    expect(await stats.responseDays(db.db, f.org, ...year)).toEqual([
      { receivedOn: '2023-12-20', closedOn: '2024-01-10', count: 1 },
      { receivedOn: '2024-02-01', closedOn: '2024-02-20', count: 1 },
      { receivedOn: '2024-03-01', closedOn: '2024-03-05', count: 1 },
      { receivedOn: '2024-06-01', closedOn: '2024-06-15', count: 1 },
    ]);
    expect(await stats.overdueByMonth(db.db, f.org, ...year)).toEqual([
      { month: '2024-01', count: 1 },
      { month: '2024-03', count: 1 },
    ]);
  });

  it('counts consultations, comments in Shanghai months, and messages by type and rating', async () => {
    expect(await stats.consultationsByMonth(db.db, f.org, ...year)).toEqual([
      { month: '2024-01', consultations: 0, comments: 1 },
      { month: '2024-03', consultations: 1, comments: 1 },
    ]);
    expect(byKey(await stats.messagesByType(db.db, f.org, ...year), 'type')).toEqual(
      byKey(
        [
          { type: '咨询', count: 2 },
          { type: '建言', count: 1 },
        ],
        'type',
      ),
    );
    expect(await stats.messagesBySatisfaction(db.db, f.org, ...year)).toEqual([{ rating: '满意', count: 1 }]);
    expect(byKey(await stats.messagesBySatisfaction(db.db, f.org, '2024-01-01', '2025-12-31'), 'rating')).toEqual([
      { rating: null, count: 2 },
      { rating: '满意', count: 1 },
    ]);
  });

  it('is empty for a period without records', async () => {
    const empty = ['2010-01-01', '2010-12-31'] as const;
    for (const chart of [
      stats.publicationsByMonth,
      stats.viewsByMonth,
      stats.requestsByOutcome,
      stats.requestsByApplicant,
      stats.responseDays,
      stats.overdueByMonth,
      stats.consultationsByMonth,
      stats.messagesByType,
      stats.messagesBySatisfaction,
    ])
      expect(await chart(db.db, f.org, ...empty)).toEqual([]);
  });
});
