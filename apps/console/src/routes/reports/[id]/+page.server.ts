import { redirect } from '@sveltejs/kit';
import { attempt, failWith, mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { idParam } from '$lib/server/params';
import { traceLinks } from '$lib/report-trace';
import { manualFieldErrors, toManualValues, toNarrative } from '$lib/server/report-input';
import { intParam } from '$lib/search-params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const params = event.url.searchParams;
  const report = await query(event, (api) => api.reports.get.query({ id, version: intParam(params, 'version') }));
  const key = params.get('trace');
  // A number of the preview was clicked: the records behind it, a page at a time.
  const trace = key
    ? await query(event, (api) =>
        api.reports.trace.query({ id, version: report.version, key, page: intParam(params, 'page') ?? 1 }),
      )
    : null;
  return { report: { ...report, html: traceLinks(report.html, report.version) }, trace };
};

export const actions: Actions = {
  narrative: async (event) => {
    const id = idParam(event.params.id);
    const v = await formFields(event.request);
    const narrative = toNarrative(v);
    return mutate(event, 'narrative', (api) => api.reports.saveNarrative.mutate({ id, narrative }), '叙述已保存', v);
  },

  manual: async (event) => {
    const id = idParam(event.params.id);
    const v = await formFields(event.request);
    const r = await attempt(event, (api) => api.reports.saveManual.mutate({ id, values: toManualValues(v) }));
    if (!r.ok) {
      const fieldErrors = manualFieldErrors(r.error.fieldErrors);
      return failWith({ ...r.error, fieldErrors }, { form: 'manual', values: v });
    }
    return { form: 'manual', success: '填报数据已保存' };
  },

  publish: async (event) => {
    const id = idParam(event.params.id);
    const v = await formFields(event.request);
    const r = await attempt(event, (api) => api.reports.publish.mutate({ id, changeNote: v.changeNote ?? '' }));
    if (!r.ok) return failWith(r.error, { form: 'publish', values: v });
    return { form: 'publish', success: `年度报告已发布，索引号 ${r.data.indexNo}` };
  },

  regenerate: async (event) => {
    const v = await formFields(event.request);
    const r = await attempt(event, (api) => api.reports.generate.mutate({ year: Number(v.year) }));
    if (!r.ok) return failWith(r.error, { form: 'regenerate' });
    redirect(303, `/reports/jobs/${r.data.jobId}`);
  },
};
