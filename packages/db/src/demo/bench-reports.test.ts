import { APPLICANT_CATEGORIES, OUTCOME_CODES, sumByApplicant } from '@gongkai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { loadReportRecords } from '../repositories/report-records.js';
import { insertTestOrganization } from '../testing/rows.js';
import { testDialects } from '../testing/test-db.js';
import { insertBenchRequests } from './bench-reports.js';

describe.each(testDialects())('bench requests on $name', (dialect) => {
  let db: Db;
  let org = 0;

  beforeAll(async () => {
    db = await dialect.open();
    org = await insertTestOrganization(db.db, 'bench');
    await insertBenchRequests(db, org, 3000, { fromYear: 2020, toYear: 2022 });
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
  });

  it('inserts the cases with their events and appeals', async () => {
    const count = async (table: 'request_cases' | 'request_events' | 'request_appeals') =>
      Number(
        (
          await db.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('request_cases')).toBe(3000);
    expect(await count('request_events')).toBeGreaterThan(5000);
    expect(await count('request_appeals')).toBeGreaterThan(0);
  });

  it('gives every year records that cover the categories and outcomes and balance', async () => {
    for (const year of [2020, 2021, 2022]) {
      const { requests, feesCollected } = await loadReportRecords(db.db, org, year);
      expect(sumByApplicant(requests.received)).toBeGreaterThan(900);
      expect(APPLICANT_CATEGORIES.every((c) => requests.received[c] > 0)).toBe(true);
      expect(OUTCOME_CODES.filter((code) => sumByApplicant(requests.outcomes[code]) > 0).length).toBeGreaterThan(10);
      expect(feesCollected).toBeGreaterThan(0);
      for (const category of APPLICANT_CATEGORIES) {
        const closed = OUTCOME_CODES.reduce((sum, code) => sum + requests.outcomes[code][category], 0);
        expect(requests.received[category] + requests.carriedOver[category]).toBe(
          closed + requests.carriedForward[category],
        );
      }
      if (year === 2022) expect(sumByApplicant(requests.carriedForward)).toBeGreaterThan(0);
    }
  });
});
