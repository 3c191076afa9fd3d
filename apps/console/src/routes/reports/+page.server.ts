import { redirect } from '@sveltejs/kit';
import { attempt, failWith, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const list = await query(event, (api) => api.reports.list.query());
  // The year a report is due for, the ten before it, and any year that already has a report.
  const years = new Set(Array.from({ length: 11 }, (_, i) => list.suggestedYear - i));
  for (const r of list.items) years.add(r.year);
  return { list, years: [...years].sort((a, b) => b - a) };
};

export const actions: Actions = {
  generate: async (event) => {
    const v = await formFields(event.request);
    const r = await attempt(event, (api) => api.reports.generate.mutate({ year: Number(v.year) }));
    if (!r.ok) return failWith(r.error, { form: 'generate', values: v });
    redirect(303, `/reports/jobs/${r.data.jobId}`);
  },
};
