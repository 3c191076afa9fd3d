import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import {
  calendarVersion,
  CalendarGapError,
  coverage,
  createCalendar,
  dayInfo,
  isWeekend,
  isWorkingDay,
  type OfficialYear,
} from './calendar.js';
import { chineseDate, chineseWeekday } from './chinese-date.js';
import { OFFICIAL_DAYS } from './official-days.js';

const cal = createCalendar(OFFICIAL_DAYS);
const notice = (year: number) => OFFICIAL_DAYS.find((y) => y.year === year) as OfficialYear;

/** Statutory days of a year: weekday holidays minus the weekend days worked to make up for them. */
function netDaysOff(year: number): number {
  const n = notice(year);
  const weekdayHolidays = Object.keys(n.holidays).filter((d) => !isWeekend(d)).length;
  return weekdayHolidays - Object.keys(n.workingWeekends).length;
}

describe('official calendar data', () => {
  it('covers 2004 through 2026', () => {
    expect(coverage(cal)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('has the 2015 example of the rules: 国庆 and 抗战胜利纪念 with their 调休 days', () => {
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(cal, `2015-10-0${d}`)).toBe(false);
    expect(dayInfo(cal, '2015-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节' });
    expect(dayInfo(cal, '2015-10-10')).toMatchObject({ working: true, kind: 'working_weekend', name: '国庆节' });
    expect(chineseWeekday('2015-10-10')).toBe('星期六');
    for (const d of ['2015-09-03', '2015-09-04', '2015-09-05']) expect(isWorkingDay(cal, d)).toBe(false);
    expect(dayInfo(cal, '2015-09-03').name).toContain('抗日战争');
    expect(dayInfo(cal, '2015-09-06')).toMatchObject({ working: true, kind: 'working_weekend' });
    expect(chineseWeekday('2015-09-06')).toBe('星期日');
  });

  it('has the extended 2020 春节 (to 02-02; Sat 02-01 no longer worked)', () => {
    for (let d = '2020-01-24'; d <= '2020-02-02'; d = addDays(d, 1)) {
      expect(dayInfo(cal, d)).toMatchObject({ working: false, name: '春节' });
    }
    expect(isWorkingDay(cal, '2020-01-19')).toBe(true);
    expect(isWorkingDay(cal, '2020-02-03')).toBe(true);
  });

  it('has 13 statutory days from 2025 (春节 with 除夕, 劳动节 2 days), 11 before', () => {
    expect(netDaysOff(2025)).toBe(13);
    expect(netDaysOff(2026)).toBe(13);
    expect(netDaysOff(2024)).toBe(11);
    expect(netDaysOff(2019)).toBe(11);
    expect(dayInfo(cal, '2025-01-28')).toMatchObject({ working: false, name: '春节' });
    const mayDay = Object.entries(notice(2025).holidays).filter(([d, n]) => n === '劳动节' && !isWeekend(d));
    const mayDayWorked = Object.values(notice(2025).workingWeekends).filter((n) => n === '劳动节');
    expect(mayDay.length - mayDayWorked.length).toBe(2);
  });

  it('lists 调休 working days on weekends only', () => {
    for (const y of OFFICIAL_DAYS) for (const d of Object.keys(y.workingWeekends)) expect(isWeekend(d)).toBe(true);
  });
});

describe('createCalendar', () => {
  it('flags a day in a year without data instead of assuming Mon–Fri', () => {
    expect(() => isWorkingDay(cal, '2027-03-01')).toThrow(CalendarGapError);
    expect(() => isWorkingDay(cal, '2003-12-31')).toThrow(/2003年的节假日安排尚未录入/);
  });

  it('applies local closures and working days over the notice', () => {
    const local = createCalendar(OFFICIAL_DAYS, [
      { date: '2026-03-03', kind: 'closed', note: '三月三' },
      { date: '2026-03-07', kind: 'working', note: '补班' },
    ]);
    expect(dayInfo(local, '2026-03-03')).toEqual({
      date: '2026-03-03',
      working: false,
      kind: 'local_closed',
      name: '三月三',
    });
    expect(dayInfo(local, '2026-03-07')).toMatchObject({ working: true, kind: 'local_working' });
    expect(isWorkingDay(cal, '2026-03-03')).toBe(true);
  });

  it('accepts next year’s notice entered by staff; a later notice replaces an earlier one', () => {
    const next = createCalendar([
      ...OFFICIAL_DAYS,
      { year: 2027, holidays: { '2027-01-01': '元旦' }, workingWeekends: {} },
    ]);
    expect(coverage(next).at(-1)).toBe(2027);
    expect(isWorkingDay(next, '2027-01-01')).toBe(false);
    expect(isWorkingDay(next, '2027-01-04')).toBe(true);
    const replaced = createCalendar([...OFFICIAL_DAYS, { year: 2026, holidays: {}, workingWeekends: {} }]);
    expect(isWorkingDay(replaced, '2026-10-01')).toBe(true);
  });

  it('local changes in a year without data do not make it covered', () => {
    const local = createCalendar(OFFICIAL_DAYS, [{ date: '2027-01-01', kind: 'closed', note: '元旦' }]);
    expect(() => isWorkingDay(local, '2027-01-01')).toThrow(CalendarGapError);
  });

  it('rejects impossible dates', () => {
    expect(() => createCalendar([], [{ date: '2026-02-30', kind: 'closed', note: '' }])).toThrow(RangeError);
  });

  it('has a version that changes with the content only', () => {
    const same = createCalendar(OFFICIAL_DAYS);
    const changed = createCalendar(OFFICIAL_DAYS, [{ date: '2026-03-03', kind: 'closed', note: '三月三' }]);
    expect(calendarVersion(same)).toBe(calendarVersion(cal));
    expect(calendarVersion(changed)).not.toBe(calendarVersion(cal));
  });

  it('is Mon–Fri outside the notices’ special days (property)', () => {
    const day = fc
      .integer({ min: 0, max: 8400 })
      .map((n) => addDays('2004-01-01', n))
      .filter((d) => d <= '2026-12-31');
    fc.assert(
      fc.property(day, (d) => {
        const y = notice(Number(d.slice(0, 4)));
        const expected = d in y.workingWeekends ? true : d in y.holidays ? false : !isWeekend(d);
        expect(isWorkingDay(cal, d)).toBe(expected);
      }),
    );
  });
});

describe('chineseDate', () => {
  it('writes dates as official letters do', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(chineseDate('2015-10-10')).toBe('2015年10月10日');
  });
});
