import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { OFFICIAL_DAYS } from '../calendar/official-days.js';
import { addDays } from '../dates.js';
import { workingDaysBetween } from '../requests/working-days.js';
import { responseTimeStats } from './response-times.js';

const cal = createCalendar(OFFICIAL_DAYS);

describe('responseTimeStats', () => {
  it('weighs each receipt/closure pair by its count, in working days', () => {
    // 2026-01-05 (Mon) → 01-09 (Fri): 4 working days. 2026-02-13 (Fri) → 02-24 (Tue): 2 (春节, 02-14 worked).
    const stats = responseTimeStats(
      [
        { receivedOn: '2026-01-05', closedOn: '2026-01-09', count: 3 },
        { receivedOn: '2026-02-13', closedOn: '2026-02-24', count: 1 },
        { receivedOn: '2026-03-02', closedOn: '2026-03-02', count: 1 },
      ],
      cal,
    );
    expect(stats).toEqual({ closed: 5, average: 2.8, worst: 4 });
  });

  it('has no average or worst time without closed cases', () => {
    expect(responseTimeStats([], cal)).toEqual({ closed: 0, average: null, worst: null });
  });

  it('counts but does not measure a case in a year without calendar data', () => {
    const stats = responseTimeStats(
      [
        { receivedOn: '2026-12-28', closedOn: '2027-01-05', count: 2 },
        { receivedOn: '2026-01-05', closedOn: '2026-01-06', count: 1 },
      ],
      cal,
    );
    expect(stats).toEqual({ closed: 3, average: 1, worst: 1 });
  });

  it('lies between the fastest and the slowest case (property)', () => {
    const row = fc
      .record({
        start: fc.integer({ min: 0, max: 7000 }),
        span: fc.integer({ min: 0, max: 60 }),
        count: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ start, span, count }) => {
        const receivedOn = addDays('2005-01-01', start);
        return { receivedOn, closedOn: addDays(receivedOn, span), count };
      });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const days = rows.map((r) => workingDaysBetween(cal, r.receivedOn, r.closedOn));
        const stats = responseTimeStats(rows, cal);
        expect(stats.closed).toBe(rows.reduce((s, r) => s + r.count, 0));
        expect(stats.worst).toBe(Math.max(...days));
        expect(stats.average).toBeGreaterThanOrEqual(Math.min(...days) - 0.05);
        expect(stats.average).toBeLessThanOrEqual(Math.max(...days) + 0.05);
      }),
    );
  });
});
