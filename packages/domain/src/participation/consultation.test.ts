import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { OFFICIAL_DAYS } from '../calendar/official-days.js';
import { addDays, shanghaiDayStart } from '../dates.js';
import { countWorkingDays } from '../requests/working-days.js';
import {
  canComment,
  checkConsultationPeriod,
  consultationClosingDate,
  consultationPhase,
  CONSULTATION_CLOSED_MESSAGE,
  timeLeft,
} from './consultation.js';

const cal = createCalendar(OFFICIAL_DAYS);
const c = { openDate: '2026-09-28', closeDate: '2026-10-12' };

describe('consultationClosingDate', () => {
  it('counts 7 working days after the opening day, skipping holidays', () => {
    // Mon 2026-01-05 + 7 working days = Wed 2026-01-14.
    expect(consultationClosingDate(cal, '2026-01-05', { major: false })).toEqual({ ok: true, date: '2026-01-14' });
    expect(consultationClosingDate(cal, '2026-01-05', { major: false, workingDays: 10 })).toEqual({
      ok: true,
      date: '2026-01-19',
    });
  });

  it('gives 30 calendar days for a major decision', () => {
    expect(consultationClosingDate(cal, '2026-09-28', { major: true })).toEqual({ ok: true, date: '2026-10-28' });
  });

  it('flags a period reaching into a year without calendar data', () => {
    expect(consultationClosingDate(cal, '2026-12-28', { major: false })).toMatchObject({
      ok: false,
      code: 'calendar_gap',
      year: 2027,
    });
    // Calendar days need no calendar.
    expect(consultationClosingDate(cal, '2026-12-28', { major: true })).toEqual({ ok: true, date: '2027-01-27' });
  });

  it('the default closing date always passes the period check (property)', () => {
    const open = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(open, fc.boolean(), fc.integer({ min: 7, max: 40 }), (openDate, major, workingDays) => {
        const closing = consultationClosingDate(cal, openDate, { major, workingDays });
        if (!closing.ok) return;
        expect(checkConsultationPeriod(cal, { openDate, closeDate: closing.date }, { major })).toEqual({ ok: true });
        if (!major) {
          expect(countWorkingDays(cal, openDate, closing.date)).toEqual({ ok: true, count: workingDays });
          // One day earlier is too short when asking for exactly that many working days.
          const check = checkConsultationPeriod(
            cal,
            { openDate, closeDate: addDays(closing.date, -1) },
            { major, minWorkingDays: workingDays },
          );
          expect(check).toMatchObject({ ok: false, code: 'period_too_short' });
        }
      }),
    );
  });
});

describe('checkConsultationPeriod', () => {
  it('refuses short periods with a Chinese message', () => {
    expect(checkConsultationPeriod(cal, { openDate: '2026-01-05', closeDate: '2026-01-13' }, { major: false })).toEqual(
      {
        ok: false,
        code: 'period_too_short',
        message: '征求意见期限不得少于7个工作日，截止日期最早为2026-01-14',
      },
    );
    expect(checkConsultationPeriod(cal, { openDate: '2026-09-28', closeDate: '2026-10-27' }, { major: true })).toEqual({
      ok: false,
      code: 'period_too_short',
      message: '重大决策征求意见期限不得少于30日，截止日期最早为2026-10-28',
    });
    expect(checkConsultationPeriod(cal, { openDate: '2026-01-05', closeDate: '2026-01-01' }, { major: false })).toEqual(
      {
        ok: false,
        code: 'invalid_date',
        message: '截止日期不能早于开始日期',
      },
    );
    expect(
      checkConsultationPeriod(cal, { openDate: '2026-02-30', closeDate: '2026-03-30' }, { major: false }),
    ).toMatchObject({
      ok: false,
      code: 'invalid_date',
    });
  });
});

describe('phase, time left and commenting', () => {
  it('opens at the start of the opening day and closes at the end of the closing day, Shanghai time', () => {
    expect(consultationPhase(c, '2026-09-27T15:59:59Z')).toBe('upcoming');
    expect(consultationPhase(c, shanghaiDayStart('2026-09-28'))).toBe('open');
    expect(consultationPhase(c, '2026-10-12T15:59:59Z')).toBe('open');
    expect(consultationPhase(c, '2026-10-12T16:00:00Z')).toBe('closed');
  });

  it('describes the time left', () => {
    expect(timeLeft(c, '2026-09-25T02:00:00Z')).toBe('3天后开始');
    expect(timeLeft(c, '2026-10-09T02:00:00Z')).toBe('剩余3天');
    expect(timeLeft(c, '2026-10-12T02:00:00Z')).toBe('今天截止');
    expect(timeLeft(c, '2026-10-13T02:00:00Z')).toBe('已结束');
  });

  it('refuses comments outside the period', () => {
    expect(canComment(c, '2026-10-01T02:00:00Z')).toEqual({ ok: true });
    expect(canComment(c, '2026-10-12T16:00:00Z')).toEqual({
      ok: false,
      code: 'closed',
      message: CONSULTATION_CLOSED_MESSAGE,
    });
    expect(CONSULTATION_CLOSED_MESSAGE).toBe('本次征求意见已结束，不再接收意见');
    expect(canComment(c, '2026-09-01T02:00:00Z')).toMatchObject({ ok: false, code: 'not_started' });
  });
});
