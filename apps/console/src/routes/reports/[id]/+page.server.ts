import { redirect } from '@sveltejs/kit';
import { attempt, failWith, mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { idParam } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';

const positive = (raw: string | null) => (raw && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined);

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const params = event.url.searchParams;
  const version = positive(params.get('version'));
  const report = await query(event, (api) => api.reports.get.query({ id, version }));
  const key = params.get('trace');
  // A number of the preview was clicked: the records behind it, a page at a time.
  const trace = key
    ? await query(event, (api) =>
        api.reports.trace.query({ id, version: report.version, key, page: positive(params.get('page')) ?? 1 }),
      )
    : null;
  return { report, trace };
};

/** Posted fields named "<prefix>.<rest>", keyed by the rest. */
function grouped(values: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.startsWith(`${prefix}.`))
      .map(([name, value]) => [name.slice(prefix.length + 1), value]),
  );
}

export const actions: Actions = {
  narrative: async (event) => {
    const id = idParam(event.params.id);
    const v = await formFields(event.request);
    const narrative = grouped(v, 'narrative');
    return mutate(event, 'narrative', (api) => api.reports.saveNarrative.mutate({ id, narrative }), '叙述已保存', v);
  },

  manual: async (event) => {
    const id = idParam(event.params.id);
    const v = await formFields(event.request);
    const keys = Object.keys(v)
      .filter((name) => name.endsWith('.value'))
      .map((name) => name.slice(0, -'.value'.length));
    const values = Object.fromEntries(
      keys.map((key) => [key, { value: v[`${key}.value`] ?? '', note: v[`${key}.note`] ?? '' }]),
    );
    return mutate(event, 'manual', (api) => api.reports.saveManual.mutate({ id, values }), '填报数据已保存', v);
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
