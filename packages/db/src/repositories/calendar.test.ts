import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connect.js';
import { testDialects } from '../testing/test-db.js';
import * as calendarRepo from './calendar.js';

describe.each(testDialects())('calendar repository on $name', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await dialect.open();
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('stores a year notice as day maps and replaces it on a second save', async () => {
    const notice = {
      year: 2027,
      holidays: { '2027-01-01': '元旦' },
      workingWeekends: {},
      source: '国办发明电〔2026〕1号',
      updatedBy: null,
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    await calendarRepo.saveYear(db.db, notice);
    expect(await calendarRepo.findYear(db.db, 2027)).toEqual(notice);

    const corrected = {
      ...notice,
      holidays: { '2027-01-01': '元旦', '2027-02-06': '春节' },
      workingWeekends: { '2027-02-14': '春节' },
      updatedAt: '2026-11-02T00:00:00.000Z',
    };
    await calendarRepo.saveYear(db.db, corrected);
    expect(await calendarRepo.listYears(db.db)).toEqual([corrected]);
    expect(await calendarRepo.findYear(db.db, 2028)).toBeUndefined();
  });

  it('lists local changes by date, optionally of one year, and removes them', async () => {
    const at = '2026-11-01T00:00:00.000Z';
    const later = await calendarRepo.insertChange(db.db, {
      date: '2027-03-01',
      kind: 'working',
      note: '补班',
      createdBy: null,
      createdAt: at,
    });
    const earlier = await calendarRepo.insertChange(db.db, {
      date: '2026-12-31',
      kind: 'closed',
      note: '镇机关搬迁',
      createdBy: null,
      createdAt: at,
    });
    expect((await calendarRepo.listChanges(db.db)).map((c) => c.id)).toEqual([earlier, later]);
    expect(await calendarRepo.listChanges(db.db, 2027)).toEqual([
      { id: later, date: '2027-03-01', kind: 'working', note: '补班' },
    ]);
    expect(await calendarRepo.findChangeByDate(db.db, '2026-12-31')).toMatchObject({ id: earlier, kind: 'closed' });
    await expect(
      calendarRepo.insertChange(db.db, {
        date: '2026-12-31',
        kind: 'working',
        note: '重复',
        createdBy: null,
        createdAt: at,
      }),
    ).rejects.toThrow();
    await calendarRepo.removeChange(db.db, earlier);
    expect(await calendarRepo.findChangeById(db.db, earlier)).toBeUndefined();
  });
});
