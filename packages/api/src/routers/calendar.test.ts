import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDeadline, dayInfo } from '@gongkai/domain';
import { createContext } from '../context.js';
import { fieldErrorsOf } from '../errors.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { createFixture, INTERNAL_TOKEN, type Fixture, type UserKey } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';
import { createCallerFactory } from '../trpc.js';
import { calendarRouter } from './calendar.js';

const createCaller = createCallerFactory(calendarRouter);

const NOTICE_2027 = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-06', name: '春节' },
  ],
  workingWeekends: [{ date: '2027-02-14', name: '春节' }],
  source: '国务院办公厅关于2027年部分节假日安排的通知',
};

/** The field errors a rejected call carries (zod's, or the router's own). */
async function fieldErrors(call: Promise<unknown>): Promise<Record<string, string> | null> {
  try {
    await call;
  } catch (error) {
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    return fieldErrorsOf((error as { cause?: unknown }).cause);
  }
  throw new Error('expected the call to fail');
}

describe.each(testDialects())('calendar router on $name', (dialect) => {
  let f: Fixture;
  const as = (user?: UserKey) =>
    createCaller(
      createContext(f.deps, {
        'x-internal-token': INTERNAL_TOKEN,
        ...(user ? { 'x-session-token': f.users[user].token } : {}),
      }),
    );
  const auditActions = async () =>
    (await f.db.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);

  beforeAll(async () => {
    f = await createFixture(await dialect.open());
  });
  afterAll(async () => {
    await f.destroy();
  });

  it('shows a shipped year to any content role, month by month', async () => {
    const view = await as('a.requests').overview({ year: 2026 });
    expect(view).toMatchObject({ year: 2026, known: true, warning: null, customYear: null, canEdit: false });
    expect(view.coverage[0]).toBe(2004);
    expect(view.coverage).toContain(2026);
    expect(view.months.map((m) => m.days.length)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    const day = (date: string) => view.months.flatMap((m) => m.days).find((d) => d.date === date);
    expect(day('2026-01-01')).toEqual({
      date: '2026-01-01',
      working: false,
      kind: 'holiday',
      kindLabel: '法定节假日',
      name: '元旦',
    });
    expect(day('2026-02-14')).toMatchObject({ working: true, kind: 'working_weekend', name: '春节' });
    expect(day('2026-03-07')).toMatchObject({ working: false, kind: 'weekend', name: null });
    expect(view.shippedYear?.holidays[0]).toEqual({ date: '2026-01-01', name: '元旦' });
    // Without a year, the current one (the fixture's clock is in 2026).
    expect((await as('a.editor').overview({})).year).toBe(2026);
    expect((await as('sys').overview({ year: 2026 })).canEdit).toBe(true);
  });

  it('refuses callers without a content role, and edits by anyone but administrators', async () => {
    await expect(as('security').overview({ year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as().overview({ year: 2026 })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    for (const user of ['a.editor', 'a.requests', 'a.head', 'auditor'] as const) {
      await expect(as(user).addChange({ date: '2026-03-10', kind: 'closed', note: '停电' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(user).saveYear(NOTICE_2027)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await as('a.admin').overview({ year: 2026 })).toMatchObject({ changes: [], canEdit: true });
  });

  it('flags a year without a notice instead of assuming Monday to Friday', async () => {
    const view = await as('a.editor').overview({ year: 2027 });
    expect(view.known).toBe(false);
    expect(view.warning).toMatch(/^2027年的节假日安排尚未录入/);
    expect(view.months[0]!.days[3]).toEqual({
      date: '2027-01-04',
      working: null,
      kind: 'unknown',
      kindLabel: '尚未录入',
      name: null,
    });
  });

  it('validates a year notice with Chinese field errors', async () => {
    const admin = as('a.admin');
    expect(
      await fieldErrors(
        admin.saveYear({
          ...NOTICE_2027,
          holidays: [
            { date: '2027-01-01', name: '元旦' },
            { date: '2028-01-01', name: '元旦' },
            { date: '2027-01-01', name: '元旦' },
          ],
          workingWeekends: [{ date: '2027-02-15', name: '春节' }],
        }),
      ),
    ).toEqual({
      'holidays.1.date': '2028-01-01不在2027年内',
      'holidays.2.date': '2027-01-01重复填写',
      'workingWeekends.0.date': '2027-02-15不是星期六或星期日，调休上班日应为周末',
    });
    expect(
      await fieldErrors(admin.saveYear({ ...NOTICE_2027, holidays: [{ date: '2027-02-30', name: ' ' }], source: '' })),
    ).toEqual({
      'holidays.0.date': '日期格式应为YYYY-MM-DD',
      'holidays.0.name': '名称不能为空',
      source: '通知名称或文号不能为空',
    });
    expect(await fieldErrors(admin.saveYear({ ...NOTICE_2027, holidays: [] }))).toEqual({
      holidays: '请至少填写一个放假日期',
    });
  });

  it('closes the gap with a staff-entered notice, audited', async () => {
    expect(await as('sys').saveYear(NOTICE_2027)).toEqual({ recomputed: 0 });
    const view = await as('a.editor').overview({ year: 2027 });
    expect(view).toMatchObject({ known: true, warning: null, shippedYear: null });
    expect(view.coverage.at(-1)).toBe(2027);
    expect(view.customYear).toMatchObject({ holidays: NOTICE_2027.holidays, source: NOTICE_2027.source });
    const cal = await loadCalendar(f.db.db);
    expect(dayInfo(cal, '2027-02-14')).toMatchObject({ working: true, kind: 'working_weekend' });
    expect(dayInfo(cal, '2027-02-08')).toMatchObject({ working: true, kind: 'weekday' });
    expect(await auditActions()).toContain('calendar.save_year');

    // A second save replaces the first.
    await as('a.admin').saveYear({ ...NOTICE_2027, holidays: [{ date: '2027-01-01', name: '元旦' }] });
    expect(dayInfo(await loadCalendar(f.db.db), '2027-02-06').kind).toBe('weekend');
  });

  it('validates local changes', async () => {
    const admin = as('a.admin');
    expect(await fieldErrors(admin.addChange({ date: '2026-13-01', kind: 'shut' as 'closed', note: '' }))).toEqual({
      date: '日期格式应为YYYY-MM-DD',
      kind: '请选择有效的调整类型',
      note: '说明不能为空',
    });
    expect(await fieldErrors(admin.addChange({ date: '2026-03-10', kind: 'closed', note: '停'.repeat(101) }))).toEqual({
      note: '说明不能超过100字',
    });
    expect(await fieldErrors(admin.addChange({ date: '2026-03-07', kind: 'closed', note: '停电' }))).toEqual({
      date: '2026年3月7日已是休息日，无需设为停止办公',
    });
    expect(await fieldErrors(admin.addChange({ date: '2026-03-09', kind: 'working', note: '加班' }))).toEqual({
      date: '2026年3月9日已是工作日，无需设为上班',
    });
    await expect(admin.removeChange({ id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves a computed deadline by a local closure, and back when it is removed', async () => {
    const received = [{ type: 'received' as const, date: '2026-03-02' }];
    const deadline = async () => {
      const result = computeDeadline(await loadCalendar(f.db.db), received);
      if (!result.ok) throw new Error(result.message);
      return result.deadline;
    };
    expect(await deadline()).toBe('2026-03-30');

    const admin = as('a.admin');
    expect(await admin.addChange({ date: '2026-03-10', kind: 'closed', note: '镇机关搬迁' })).toEqual({
      recomputed: 0,
    });
    expect(await deadline()).toBe('2026-03-31');
    await expect(admin.addChange({ date: '2026-03-10', kind: 'closed', note: '再次' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '2026年3月10日已有日历调整，请先删除原有调整',
    });

    const { changes } = await as('a.editor').overview({ year: 2026 });
    expect(changes).toEqual([
      { id: expect.any(Number), date: '2026-03-10', kind: 'closed', kindLabel: '停止办公', note: '镇机关搬迁' },
    ]);
    await as('sys').removeChange({ id: changes[0]!.id });
    expect(await deadline()).toBe('2026-03-30');
    expect((await auditActions()).slice(-2)).toEqual(['calendar.add_change', 'calendar.remove_change']);
  });
});
