import { mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

/** What an organization admin keeps current: the 公开指南's contacts and text, the 索引号 pattern. */
const FIELDS = [
  'name',
  'shortName',
  'officeName',
  'address',
  'officeHours',
  'phone',
  'fax',
  'email',
  'hotline',
  'postcode',
  'guideText',
  'indexPattern',
] as const;

export const load: PageServerLoad = async (event) => ({
  org: await query(event, (api) => api.organizations.mine.query()),
});

export const actions: Actions = {
  default: async (event) => {
    const v = await formFields(event.request);
    const org = await query(event, (api) => api.organizations.mine.query());
    const input = Object.fromEntries(FIELDS.map((f) => [f, (v[f] ?? '').trim()]));
    return mutate(
      event,
      'org',
      (api) =>
        api.organizations.update.mutate({ id: org.id, ...input } as Parameters<
          typeof api.organizations.update.mutate
        >[0]),
      '已保存',
      v,
    );
  },
};
