import type { Transaction } from 'kysely';
import { calendarRepo, type Database } from '@gongkai/db';
import {
  CalendarGapError,
  chineseDate,
  CONTENT_ROLES,
  coverage,
  dayInfo,
  hasRole,
  OFFICIAL_DAYS,
  shanghaiYear,
  type Calendar,
  type DayKind,
} from '@gongkai/domain';
import { appendAudit, type AuditInput } from '../audit.js';
import { actorOf } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { fieldError, notFound } from '../errors.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { recomputeOpenCases } from '../requests/clock.js';
import {
  calendarChangeIdInput,
  calendarChangeInput,
  calendarOverviewInput,
  calendarYearInput,
} from '../schemas/calendar.js';
import type { StaffUser } from '../sessions.js';
import { requireRoles, router } from '../trpc.js';
import { inTx } from '../tx.js';

/** The calendar is deployment-wide, but every organization's administrator may keep it up to date. */
const EDITOR_ROLES = ['sys_admin', 'org_admin'] as const;
const editors = requireRoles(...EDITOR_ROLES);
const viewers = requireRoles(...CONTENT_ROLES, 'sys_admin');

const CHANGE_KIND_LABELS = { closed: '停止办公', working: '上班' } as const;

const DAY_KIND_LABELS: Record<DayKind | 'unknown', string> = {
  weekday: '工作日',
  weekend: '休息日',
  holiday: '法定节假日',
  working_weekend: '调休上班',
  local_closed: '本地停止办公',
  local_working: '本地上班',
  unknown: '尚未录入',
};

export interface CalendarDay {
  date: string;
  /** null: the year has no notice, so whether the day is worked is not known. */
  working: boolean | null;
  kind: DayKind | 'unknown';
  kindLabel: string;
  name: string | null;
}

const namedDays = (days: Readonly<Record<string, string>>) =>
  Object.entries(days)
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));

function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** A day of the grid; in a year without a notice only local changes are known. */
function dayOf(cal: Calendar, date: string, known: boolean): CalendarDay {
  if (known) {
    const info = dayInfo(cal, date);
    return {
      date,
      working: info.working,
      kind: info.kind,
      kindLabel: DAY_KIND_LABELS[info.kind],
      name: info.name ?? null,
    };
  }
  const special = cal.special.get(date);
  if (!special) return { date, working: null, kind: 'unknown', kindLabel: DAY_KIND_LABELS.unknown, name: null };
  return {
    date,
    working: special.working,
    kind: special.kind,
    kindLabel: DAY_KIND_LABELS[special.kind],
    name: special.name,
  };
}

type CalendarAudit = Pick<AuditInput, 'action' | 'entityType' | 'entityId' | 'summary' | 'detail'>;

/**
 * Runs a calendar edit in one transaction with its audit entry, and recomputes the deadlines of
 * open cases against the edited calendar there too, so no case keeps a deadline of the old one.
 */
function changeCalendar(
  deps: ApiDeps,
  user: StaffUser,
  change: (trx: Transaction<Database>, at: string) => Promise<CalendarAudit>,
): Promise<{ recomputed: number }> {
  const at = deps.clock().toISOString();
  return inTx(deps, async (trx) => {
    const audit = await change(trx, at);
    const recomputed = await recomputeOpenCases(trx, await loadCalendar(trx), at);
    await appendAudit(trx, {
      at,
      actor: actorOf(user),
      organizationId: user.organizationId,
      ...audit,
      detail: { ...audit.detail, recomputed },
    });
    return { recomputed };
  });
}

/** A change must change something: no closing a day off, no "working" on a working day. */
function checkChangeMatters(cal: Calendar, date: string, kind: 'closed' | 'working') {
  let working: boolean;
  try {
    working = dayInfo(cal, date).working;
  } catch (error) {
    // Without the year's notice the day may still become either; accept the change.
    if (error instanceof CalendarGapError) return;
    throw error;
  }
  if (kind === 'closed' && !working) throw fieldError('date', `${chineseDate(date)}已是休息日，无需设为停止办公`);
  if (kind === 'working' && working) throw fieldError('date', `${chineseDate(date)}已是工作日，无需设为上班`);
}

export const calendarRouter = router({
  overview: viewers.input(calendarOverviewInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const year = input.year ?? shanghaiYear(ctx.deps.clock());
    const [cal, changes, entered] = await Promise.all([
      loadCalendar(q),
      calendarRepo.listChanges(q, year),
      calendarRepo.findYear(q, year),
    ]);
    const known = cal.years.has(year);
    const days = daysOf(year).map((date) => dayOf(cal, date, known));
    const shipped = OFFICIAL_DAYS.find((y) => y.year === year);
    return {
      year,
      known,
      warning: known ? null : new CalendarGapError(year).message,
      coverage: coverage(cal),
      months: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        days: days.filter((d) => Number(d.date.slice(5, 7)) === i + 1),
      })),
      changes: changes.map((c) => ({ ...c, kindLabel: CHANGE_KIND_LABELS[c.kind] })),
      changeKinds: Object.entries(CHANGE_KIND_LABELS).map(([value, label]) => ({ value, label })),
      /** The notice entered by staff for this year (it replaces any shipped one). */
      customYear: entered
        ? {
            holidays: namedDays(entered.holidays),
            workingWeekends: namedDays(entered.workingWeekends),
            source: entered.source,
            updatedAt: entered.updatedAt,
          }
        : null,
      /** The notice shipped with the platform, to start a correction from. */
      shippedYear: shipped
        ? { holidays: namedDays(shipped.holidays), workingWeekends: namedDays(shipped.workingWeekends) }
        : null,
      canEdit: hasRole(ctx.user, ...EDITOR_ROLES),
    };
  }),

  addChange: editors.input(calendarChangeInput).mutation(({ ctx, input }) =>
    changeCalendar(ctx.deps, ctx.user, async (trx, at) => {
      if (await calendarRepo.findChangeByDate(trx, input.date)) {
        throw fieldError('date', `${chineseDate(input.date)}已有日历调整，请先删除原有调整`);
      }
      checkChangeMatters(await loadCalendar(trx), input.date, input.kind);
      const id = await calendarRepo.insertChange(trx, { ...input, createdBy: ctx.user.id, createdAt: at });
      return {
        action: 'calendar.add_change',
        entityType: 'calendar_change',
        entityId: id,
        summary: `新增日历调整：${chineseDate(input.date)}${CHANGE_KIND_LABELS[input.kind]}（${input.note}）`,
        detail: { ...input },
      };
    }),
  ),

  removeChange: editors.input(calendarChangeIdInput).mutation(({ ctx, input }) =>
    changeCalendar(ctx.deps, ctx.user, async (trx) => {
      const change = await calendarRepo.findChangeById(trx, input.id);
      if (!change) throw notFound('日历调整不存在或已删除');
      await calendarRepo.removeChange(trx, change.id);
      return {
        action: 'calendar.remove_change',
        entityType: 'calendar_change',
        entityId: change.id,
        summary: `删除日历调整：${chineseDate(change.date)}${CHANGE_KIND_LABELS[change.kind]}（${change.note}）`,
        detail: { date: change.date, kind: change.kind, note: change.note },
      };
    }),
  ),

  saveYear: editors.input(calendarYearInput).mutation(({ ctx, input }) =>
    changeCalendar(ctx.deps, ctx.user, async (trx, at) => {
      const replaced = await calendarRepo.findYear(trx, input.year);
      await calendarRepo.saveYear(trx, {
        year: input.year,
        holidays: Object.fromEntries(input.holidays.map((d) => [d.date, d.name])),
        workingWeekends: Object.fromEntries(input.workingWeekends.map((d) => [d.date, d.name])),
        source: input.source,
        updatedBy: ctx.user.id,
        updatedAt: at,
      });
      return {
        action: 'calendar.save_year',
        entityType: 'calendar_year',
        entityId: input.year,
        summary: `${replaced ? '更新' : '录入'}${input.year}年放假安排（${input.source}）：放假${input.holidays.length}天，调休上班${input.workingWeekends.length}天`,
        detail: { holidays: input.holidays, workingWeekends: input.workingWeekends, source: input.source },
      };
    }),
  ),
});
