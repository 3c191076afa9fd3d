import { mutate, query } from '$lib/server/call';
import { formFields, optionalInt } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  organizations: await query(event, (api) => api.organizations.list.query()),
});

export const actions: Actions = {
  create: async (event) => {
    const v = await formFields(event.request);
    const input = {
      slug: (v.slug ?? '').trim(),
      name: (v.name ?? '').trim(),
      shortName: (v.shortName ?? '').trim(),
      kind: v.kind ?? '',
      code: (v.code ?? '').trim(),
      parentId: optionalInt(v.parentId),
    };
    return mutate(
      event,
      'create',
      (api) => api.organizations.create.mutate(input as Parameters<typeof api.organizations.create.mutate>[0]),
      `已创建单位“${input.name}”`,
      v,
    );
  },
};
