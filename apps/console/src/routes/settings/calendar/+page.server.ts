import { attempt, failForm, failWith, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { choice } from '$lib/server/requests-input';
import { intParam } from '$lib/search-params';
import type { FormState } from '$lib/form-state';
import { apiLineErrors, parseDayLines } from './day-lines';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  calendar: await query(event, (api) =>
    api.calendar.overview.query({ year: intParam(event.url.searchParams, 'year') }),
  ),
});

const CHECK_MARKED = '提交的内容有误，请按标出的提示修改。';

const recomputedText = (n: number) => `已重新计算 ${n} 件申请的答复期限`;

/** The API's field errors with their full paths (`holidays.3.date`), which the console's usual mapping folds per field. */
function rawFieldErrors(err: unknown): Record<string, string> {
  const data = typeof err === 'object' && err !== null ? (err as { data?: { fieldErrors?: unknown } }).data : undefined;
  const fields = data?.fieldErrors;
  return typeof fields === 'object' && fields !== null ? (fields as Record<string, string>) : {};
}

export const actions: Actions = {
  addChange: async (event) => {
    const v = await formFields(event.request);
    const input = {
      date: (v.date ?? '').trim(),
      kind: choice<'closed' | 'working'>(v.kind),
      note: (v.note ?? '').trim(),
    };
    const r = await attempt(event, (api) => api.calendar.addChange.mutate(input));
    if (!r.ok) return failWith(r.error, { form: 'change', values: v });
    return { form: 'change', success: `已添加调整。${recomputedText(r.data.recomputed)}` } satisfies FormState;
  },

  removeChange: async (event) => {
    const v = await formFields(event.request);
    const r = await attempt(event, (api) => api.calendar.removeChange.mutate({ id: Number(v.id) }));
    if (!r.ok) return failWith(r.error, { form: 'changes' });
    return { form: 'changes', success: `已删除调整。${recomputedText(r.data.recomputed)}` } satisfies FormState;
  },

  saveYear: async (event) => {
    const v = await formFields(event.request);
    const holidays = parseDayLines(v.holidays ?? '');
    const workingWeekends = parseDayLines(v.workingWeekends ?? '');
    if (holidays.errors.length > 0 || workingWeekends.errors.length > 0) {
      const fieldErrors: Record<string, string> = {};
      if (holidays.errors.length > 0) fieldErrors.holidays = holidays.errors.join('；');
      if (workingWeekends.errors.length > 0) fieldErrors.workingWeekends = workingWeekends.errors.join('；');
      return failForm({ form: 'year', message: CHECK_MARKED, fieldErrors, values: v });
    }
    let raw: Record<string, string> = {};
    const input = {
      year: Number(v.year),
      holidays: holidays.days,
      workingWeekends: workingWeekends.days,
      source: (v.source ?? '').trim(),
    };
    const r = await attempt(event, async (api) => {
      try {
        return await api.calendar.saveYear.mutate(input);
      } catch (err) {
        raw = rawFieldErrors(err);
        throw err;
      }
    });
    if (!r.ok) {
      const lines = {
        holidays: apiLineErrors(raw, 'holidays', holidays.lineOf),
        workingWeekends: apiLineErrors(raw, 'workingWeekends', workingWeekends.lineOf),
      };
      const fieldErrors = { ...r.error.fieldErrors };
      for (const [list, errors] of Object.entries(lines)) if (errors.length > 0) fieldErrors[list] = errors.join('；');
      const message = Object.keys(fieldErrors).length > 0 ? CHECK_MARKED : r.error.message;
      return failWith({ ...r.error, message, fieldErrors }, { form: 'year', values: v });
    }
    return {
      form: 'year',
      success: `已保存${input.year}年放假安排。${recomputedText(r.data.recomputed)}`,
    } satisfies FormState;
  },
};
