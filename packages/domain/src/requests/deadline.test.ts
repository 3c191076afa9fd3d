import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, isWorkingDay } from '../calendar/calendar.js';
import { OFFICIAL_DAYS } from '../calendar/official-days.js';
import { addDays } from '../dates.js';
import type { CaseEvent } from './case-events.js';
import { computeDeadline, type DeadlineResult } from './deadline.js';
import { receiptDateForOnline, supplementNoticeLate } from './receipt.js';
import { recomputeDeadlines } from './recompute.js';

const cal = createCalendar(OFFICIAL_DAYS);
const received = (date: string): CaseEvent => ({ type: 'received', date });

function deadlineOf(events: CaseEvent[]): string | null {
  const r = computeDeadline(cal, events);
  if (!r.ok) throw new Error(r.message);
  return r.deadline;
}

function ok(r: DeadlineResult) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

// Hand-checked examples. Each comment walks the days from the State Council notice of the year:
// (n) is the n-th counted working day; the day of receipt is never counted.
describe('hand-checked deadlines around 春节 and 国庆', () => {
  it('2015 国庆, 2007 条例 (15 days)', () => {
    // Fri 09-25 received. 09-26/27 weekend (09-27 中秋 on a Sunday), 09-28..30 (3), 10-01..07 国庆 off,
    // 10-08 (4), 10-09 (5), Sat 10-10 调休 (6), 10-12..16 (11), 10-19..22 (15).
    const r = ok(computeDeadline(cal, [received('2015-09-25')]));
    expect(r.deadline).toBe('2015-10-22');
    expect(r.explanation.regime.name).toBe('2007条例');
    expect(r.explanation.workingWeekends.map((d) => d.date)).toEqual(['2015-10-10']);
    expect(r.explanation.holidays.map((d) => d.date)).toContain('2015-10-07');
    expect(r.explanation.lines).toContain('调休上班日计入工作日：2015年10月10日（国庆节调休）。');
    expect(r.explanation.lines).toContain(
      '期间遇节假日顺延：中秋（2015年9月27日）、国庆节（2015年10月1日至10月7日）。',
    );
  });

  it('2015 春节, 2007 条例', () => {
    // Fri 02-13 received. Sun 02-15 调休 (1), 02-16 (2), 02-17 (3), 02-18..24 春节 off, 02-25..27 (6),
    // Sat 02-28 调休 (7), 03-02..06 (12), 03-09..11 (15).
    expect(deadlineOf([received('2015-02-13')])).toBe('2015-03-11');
  });

  it('2015 抗战胜利纪念, the rules’ example', () => {
    // Tue 09-01 received. 09-02 (1), 09-03/04 off (09-05 a Saturday), Sun 09-06 调休 (2), 09-07..11 (7),
    // 09-14..18 (12), 09-21..23 (15).
    expect(deadlineOf([received('2015-09-01')])).toBe('2015-09-23');
  });

  it('2019 春节 under the 2007 条例', () => {
    // Mon 01-28 received. 01-29..02-01 (4), Sat 02-02 and Sun 02-03 调休 (6), 02-04..10 off, 02-11..15 (11),
    // 02-18..21 (15).
    expect(deadlineOf([received('2019-01-28')])).toBe('2019-02-21');
  });

  it('2019 regime switch: 15 days on 05-14, 20 days from 05-15', () => {
    // 05-14 received: 05-15..17 (3), 05-20..24 (8), 05-27..31 (13), 06-03, 06-04 (15).
    expect(deadlineOf([received('2019-05-14')])).toBe('2019-06-04');
    // 05-15 received: 05-16/17 (2), 05-20..24 (7), 05-27..31 (12), 06-03..06 (16), 06-07 端午 off,
    // 06-10..13 (20).
    expect(deadlineOf([received('2019-05-15')])).toBe('2019-06-13');
  });

  it('2019 国庆, 2019 条例 (20 days)', () => {
    // Fri 09-20 received. 09-23..27 (5), Sun 09-29 调休 (6), 09-30 (7), 10-01..07 off, 10-08..11 (11),
    // Sat 10-12 调休 (12), 10-14..18 (17), 10-21..23 (20).
    expect(deadlineOf([received('2019-09-20')])).toBe('2019-10-23');
  });

  it('2020 春节, extended to 02-02', () => {
    // Mon 01-20 received. 01-21..23 (3), 01-24..02-02 off (Sat 02-01 no longer worked), 02-03..07 (8),
    // 02-10..14 (13), 02-17..21 (18), 02-24, 02-25 (20).
    expect(deadlineOf([received('2020-01-20')])).toBe('2020-02-25');
  });

  it('2020 国庆 and 中秋', () => {
    // Fri 09-25 received. Sun 09-27 调休 (1), 09-28..30 (4), 10-01..08 off, 10-09 (5), Sat 10-10 调休 (6),
    // 10-12..16 (11), 10-19..23 (16), 10-26..29 (20).
    expect(deadlineOf([received('2020-09-25')])).toBe('2020-10-29');
  });

  it('2024 春节 with 补正: the period restarts from the fixed request', () => {
    // Received Mon 01-29; 补正 asked Fri 02-02 (4th working day, in time); fixed request Thu 02-08.
    // From 02-08: 02-09 (1), 02-10..17 春节 off, Sun 02-18 调休 (2), 02-19..23 (7), 02-26..03-01 (12),
    // 03-04..08 (17), 03-11..13 (20). Sun 02-04 调休 lies before the new start and does not count.
    const r = ok(
      computeDeadline(cal, [
        received('2024-01-29'),
        { type: 'supplementRequested', date: '2024-02-02' },
        { type: 'supplementReceived', date: '2024-02-08' },
      ]),
    );
    expect(r.deadline).toBe('2024-03-13');
    expect(r.explanation).toMatchObject({ periodStart: '2024-02-08', periodStartReason: 'supplement', warnings: [] });
    expect(r.explanation.workingWeekends.map((d) => d.date)).toEqual(['2024-02-18']);
  });

  it('2024 国庆 with an extension of 10 days', () => {
    // Fri 09-27 received. Sun 09-29 调休 (1), 09-30 (2), 10-01..07 off, 10-08..11 (6), Sat 10-12 调休 (7),
    // 10-14..18 (12), 10-21..25 (17), 10-28..30 (20) = original deadline; +10: 10-31, 11-01 (22),
    // 11-04..08 (27), 11-11..13 (30).
    const r = ok(computeDeadline(cal, [received('2024-09-27'), { type: 'extended', date: '2024-10-25', days: 10 }]));
    expect(r.deadline).toBe('2024-11-13');
    expect(r.explanation).toMatchObject({
      deadlineWithoutExtension: '2024-10-30',
      extensionDays: 10,
      workingDaysCounted: 30,
    });
    expect(r.explanation.lines).toContain('2024年10月25日经负责人同意延长答复期限10个工作日。');
  });

  it('2025 春节 (除夕 off from 2025)', () => {
    // Fri 01-24 received. Sun 01-26 调休 (1), 01-27 (2), 01-28..02-04 off, 02-05..07 (5), Sat 02-08 调休 (6),
    // 02-10..14 (11), 02-17..21 (16), 02-24..27 (20).
    expect(deadlineOf([received('2025-01-24')])).toBe('2025-02-27');
  });

  it('2025 国庆 with a fee notice paused until payment', () => {
    // Fri 09-19 received. 09-22..24 (3); fee notice Wed 09-24, paid Thu 10-09: paused 09-25, 09-26,
    // Sun 09-28 调休, 09-29, 09-30, 10-09 = 6 working days. Then 10-10 (4), Sat 10-11 调休 (5),
    // 10-13..17 (10), 10-20..24 (15), 10-27..31 (20).
    const r = ok(
      computeDeadline(cal, [
        received('2025-09-19'),
        { type: 'feeNotified', date: '2025-09-24' },
        { type: 'feePaid', date: '2025-10-09' },
      ]),
    );
    expect(r.deadline).toBe('2025-10-31');
    expect(r.explanation.pauses).toEqual([
      { kind: 'fee', from: '2025-09-24', to: '2025-10-09', endedBy: 'payment', workingDays: 6 },
    ]);
    expect(r.explanation.workingWeekends.map((d) => d.date)).toEqual(['2025-10-11']);
    // Without the fee pause (setting off) the clock would have run on: 20 days from 09-19.
    const unpaused = ok(
      computeDeadline(
        cal,
        [received('2025-09-19'), { type: 'feeNotified', date: '2025-09-24' }, { type: 'feePaid', date: '2025-10-09' }],
        { feePausesClock: false },
      ),
    );
    expect(unpaused.deadline! < r.deadline!).toBe(true);
  });

  it('2026: the explanation starts from receipt', () => {
    // Mon 01-05 received. 01-06..09 (4), 01-12..16 (9), 01-19..23 (14), 01-26..30 (19), 02-02 (20).
    const r = ok(computeDeadline(cal, [received('2026-01-05')]));
    expect(r.deadline).toBe('2026-02-02');
    expect(r.state).toBe('running');
    expect(r.explanation.lines).toContain('自2026年1月5日收到申请之日起计算（收到当日不计入）。');
    expect(r.explanation.lines.at(-1)).toBe('共计20个工作日，答复期限至2026年2月2日。');
  });

  it('2026 春节 with a third-party consultation that runs to its 15-day limit', () => {
    // Mon 02-02 received. 02-03 (1), 02-04 (2); letter Wed 02-04. Its limit: 02-05, 02-06, 02-09..13,
    // Sat 02-14 调休, 02-24..27, Sat 02-28 调休, 03-02, 03-03 = 15 → paused through 03-03.
    // Then 03-04..06 (5), 03-09..13 (10), 03-16..20 (15), 03-23..27 (20).
    const events: CaseEvent[] = [
      received('2026-02-02'),
      { type: 'consultationStarted', date: '2026-02-04', party: 'third_party' },
    ];
    const pending = ok(computeDeadline(cal, events));
    expect(pending).toMatchObject({ state: 'consulting', deadline: '2026-03-27' });
    expect(pending.explanation.pauses[0]).toMatchObject({ to: '2026-03-03', endedBy: 'pending', workingDays: 15 });
    const late = ok(computeDeadline(cal, [...events, { type: 'consultationEnded', date: '2026-03-10' }]));
    expect(late).toMatchObject({ state: 'running', deadline: '2026-03-27' });
    expect(late.explanation.pauses[0]?.endedBy).toBe('limit');
    // An answer on Fri 02-13 pauses 02-05..02-13 (7 days): 02-14 调休 (3), 02-24..27 (7), 02-28 (8),
    // 03-02..06 (13), 03-09..13 (18), 03-16, 03-17 (20).
    expect(deadlineOf([...events, { type: 'consultationEnded', date: '2026-02-13' }])).toBe('2026-03-17');
  });

  it('2026 国庆 and 中秋', () => {
    // Fri 09-18 received. Sun 09-20 调休 (1), 09-21..24 (5), 09-25 中秋 off, 09-28..30 (8), 10-01..07 off,
    // 10-08, 10-09 (10), Sat 10-10 调休 (11), 10-12..16 (16), 10-19..22 (20).
    expect(deadlineOf([received('2026-09-18')])).toBe('2026-10-22');
  });

  it('flags a deadline that reaches into 2027', () => {
    expect(computeDeadline(cal, [received('2026-12-20')])).toMatchObject({
      ok: false,
      code: 'calendar_gap',
      year: 2027,
    });
  });
});

describe('computeDeadline: the case’s course', () => {
  it('has no deadline while awaiting 补正, and warns of a late 补正 notice', () => {
    const r = ok(computeDeadline(cal, [received('2026-03-02'), { type: 'supplementRequested', date: '2026-03-13' }]));
    expect(r).toMatchObject({ state: 'awaiting_supplement', deadline: null });
    // 7 working days after Mon 03-02 is Wed 03-11; the notice of 03-13 is late. 15 working days for the fix: 04-03.
    expect(r.explanation.warnings).toEqual(['补正告知晚于收到申请后7个工作日（应不迟于2026年3月11日）']);
    expect(r.explanation.waitingUntil).toBe('2026-04-03');
  });

  it('has no deadline while awaiting payment and reports the days used', () => {
    const r = ok(computeDeadline(cal, [received('2026-03-02'), { type: 'feeNotified', date: '2026-03-13' }]));
    expect(r).toMatchObject({ state: 'awaiting_fee', deadline: null });
    expect(r.explanation).toMatchObject({ workingDaysUsed: 9, waitingUntil: '2026-04-13' });
  });

  it('closes on withdrawal, declined fee, expired 补正', () => {
    expect(ok(computeDeadline(cal, [received('2026-03-02'), { type: 'withdrawn', date: '2026-03-05' }])).state).toBe(
      'closed',
    );
    const declined = ok(
      computeDeadline(cal, [
        received('2026-03-02'),
        { type: 'feeNotified', date: '2026-03-05' },
        { type: 'feeDeclined', date: '2026-03-06' },
      ]),
    );
    expect(declined).toMatchObject({ state: 'closed', deadline: null });
  });

  it('refuses an extension beyond the regime’s maximum, in Chinese', () => {
    const r = computeDeadline(cal, [
      received('2026-03-02'),
      { type: 'extended', date: '2026-03-20', days: 15 },
      { type: 'extended', date: '2026-03-25', days: 6 },
    ]);
    expect(r).toMatchObject({ ok: false, code: 'extension_exceeds_maximum' });
    expect(!r.ok && r.message).toContain('最多20个工作日');
    expect(
      computeDeadline(cal, [received('2018-03-01'), { type: 'extended', date: '2018-03-10', days: 16 }]),
    ).toMatchObject({
      ok: false,
      code: 'extension_exceeds_maximum',
    });
    expect(
      ok(computeDeadline(cal, [received('2026-03-02'), { type: 'extended', date: '2026-03-20', days: 20 }])).explanation
        .extensionDays,
    ).toBe(20);
  });

  it('refuses malformed event lists', () => {
    expect(computeDeadline(cal, [])).toMatchObject({ ok: false, code: 'no_receipt' });
    expect(computeDeadline(cal, [received('2026-03-02'), { type: 'feePaid', date: '2026-03-03' }])).toMatchObject({
      code: 'unexpected_event',
    });
    expect(computeDeadline(cal, [received('2026-03-02'), { type: 'closed', date: '2026-03-01' }])).toMatchObject({
      code: 'events_out_of_order',
    });
    expect(
      computeDeadline(cal, [
        received('2026-03-02'),
        { type: 'closed', date: '2026-03-03' },
        { type: 'extended', date: '2026-03-04', days: 1 },
      ]),
    ).toMatchObject({ code: 'case_closed' });
    expect(
      computeDeadline(cal, [
        received('2026-03-02'),
        { type: 'supplementRequested', date: '2026-03-03' },
        { type: 'supplementReceived', date: '2026-03-04' },
        { type: 'supplementRequested', date: '2026-03-05' },
      ]),
    ).toMatchObject({ code: 'supplement_once' });
    expect(computeDeadline(cal, [received('2026-02-30')])).toMatchObject({ code: 'invalid_date' });
  });
});

describe('computeDeadline properties', () => {
  const receipt = fc.integer({ min: 0, max: 7900 }).map((n) => addDays('2004-06-01', n));
  const offset = fc.integer({ min: 0, max: 25 });

  it('the deadline follows receipt and is a working day', () => {
    fc.assert(
      fc.property(receipt, (d) => {
        const deadline = deadlineOf([received(d)])!;
        expect(deadline > d).toBe(true);
        expect(isWorkingDay(cal, deadline)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('grows with the extension', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 }), (d, a, b) => {
        const at = addDays(d, 3);
        const with_ = (days: number) => deadlineOf([received(d), { type: 'extended', date: at, days }])!;
        if (a < b) expect(with_(a) < with_(b)).toBe(true);
        expect(with_(a) > deadlineOf([received(d)])!).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('pauses never shorten the period', () => {
    fc.assert(
      fc.property(receipt, offset, offset, fc.constantFrom('third_party', 'other_agency', 'fee'), (d, s, len, kind) => {
        const start = addDays(d, s);
        const end = addDays(start, len);
        const pause: CaseEvent[] =
          kind === 'fee'
            ? [
                { type: 'feeNotified', date: start },
                { type: 'feePaid', date: end },
              ]
            : [
                { type: 'consultationStarted', date: start, party: kind },
                { type: 'consultationEnded', date: end },
              ];
        const base = deadlineOf([received(d)])!;
        const paused = deadlineOf([received(d), ...pause])!;
        expect(paused >= base).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('receipt rules', () => {
  it('proposes the submission day before the cut-off on a working day, else the next working day', () => {
    // Fri 2026-02-13 16:59 in Shanghai is 08:59Z.
    expect(receiptDateForOnline(cal, '2026-02-13T08:59:00Z')).toEqual({ ok: true, date: '2026-02-13', sameDay: true });
    // At 17:00 it is the next working day: Sat 02-14 is a 调休 working day.
    expect(receiptDateForOnline(cal, '2026-02-13T09:00:00Z')).toEqual({ ok: true, date: '2026-02-14', sameDay: false });
    // During 春节 (02-15..02-23): Tue 02-24.
    expect(receiptDateForOnline(cal, '2026-02-16T02:00:00Z')).toMatchObject({ date: '2026-02-24' });
    // 20:00Z on 01-05 is 04:00 on Tue 01-06 in Shanghai, whatever the machine's time zone.
    expect(receiptDateForOnline(cal, '2026-01-05T20:00:00Z')).toMatchObject({ date: '2026-01-06', sameDay: true });
    expect(receiptDateForOnline(cal, '2026-01-06T07:30:00Z', '15:00')).toMatchObject({ date: '2026-01-07' });
    expect(receiptDateForOnline(cal, '2026-12-31T10:00:00Z')).toMatchObject({ ok: false, year: 2027 });
  });

  it('checks the 7-working-day limit of a 补正 notice', () => {
    // Tue 02-10 received: 02-11..13 (3), Sat 02-14 调休 (4), 春节, 02-24..26 (7).
    expect(supplementNoticeLate(cal, '2026-02-10', '2026-02-26')).toEqual({
      ok: true,
      late: false,
      lastDay: '2026-02-26',
    });
    expect(supplementNoticeLate(cal, '2026-02-10', '2026-02-27')).toMatchObject({ late: true });
  });
});

describe('recomputeDeadlines', () => {
  it('reports the open cases whose deadline a calendar change moves', () => {
    const cases = [
      { id: 1, events: [received('2026-03-02')], deadline: deadlineOf([received('2026-03-02')]) },
      { id: 2, events: [received('2026-06-01')], deadline: deadlineOf([received('2026-06-01')]) },
    ];
    const local = createCalendar(OFFICIAL_DAYS, [{ date: '2026-03-10', kind: 'closed', note: '三月三' }]);
    const result = recomputeDeadlines(local, cases);
    expect(result.map((r) => [r.id, r.changed])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(result[0]?.result).toMatchObject({ deadline: addDays(cases[0]!.deadline!, 1) });
  });
});
