import { attempt, failForm, failWith, mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { idParam } from '$lib/server/params';
import { shanghaiLocalToIso } from '$lib/shanghai-time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const [pub, revisions] = await Promise.all([
    query(event, (api) => api.publications.get.query({ id })),
    query(event, (api) => api.publications.revisions.query({ id })),
  ]);
  return { pub, revisions, submitted: event.url.searchParams.has('submitted') };
};

export const actions: Actions = {
  submit: (event) =>
    mutate(event, 'submit', (api) => api.publications.submit.mutate({ id: idParam(event.params.id) }), '已提交审核'),

  publish: async (event) => {
    const r = await attempt(event, (api) => api.publications.publish.mutate({ id: idParam(event.params.id) }));
    if (!r.ok) return failWith(r.error, { form: 'publish' });
    return { form: 'publish', success: `已发布，索引号 ${r.data.indexNo}` };
  },

  schedule: async (event) => {
    const values = await formFields(event.request);
    // The input is Shanghai wall-clock time whatever the server's or the browser's zone.
    const at = shanghaiLocalToIso(values.at ?? '');
    if (!at) return failForm({ form: 'schedule', fieldErrors: { at: '请选择发布时间' }, values });
    return mutate(
      event,
      'schedule',
      (api) => api.publications.publish.mutate({ id: idParam(event.params.id), at }),
      '已设置定时发布',
      values,
    );
  },

  unschedule: (event) =>
    mutate(
      event,
      'unschedule',
      (api) => api.publications.unschedule.mutate({ id: idParam(event.params.id) }),
      '已取消定时发布',
    ),

  withdraw: async (event) => {
    const values = await formFields(event.request);
    const reason = (values.reason ?? '').trim();
    return mutate(
      event,
      'withdraw',
      (api) => api.publications.withdraw.mutate({ id: idParam(event.params.id), reason }),
      '已撤回',
      values,
    );
  },

  changeValidity: async (event) => {
    const values = await formFields(event.request);
    const input = {
      id: idParam(event.params.id),
      validity: values.validity ?? '',
      effectiveDate: values.effectiveDate ?? '',
      note: (values.note ?? '').trim(),
    };
    return mutate(
      event,
      'validity',
      (api) =>
        api.publications.changeValidity.mutate(input as Parameters<typeof api.publications.changeValidity.mutate>[0]),
      '有效性已变更',
      values,
    );
  },
};
