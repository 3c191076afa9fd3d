import { mutate, query } from '$lib/server/call';
import { formFields, int } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  columns: await query(event, (api) => api.columns.list.query()),
});

function columnInput(v: Record<string, string>) {
  return {
    slug: (v.slug ?? '').trim(),
    name: (v.name ?? '').trim(),
    description: (v.description ?? '').trim(),
    sortOrder: int(v.sortOrder),
  };
}

export const actions: Actions = {
  create: async (event) => {
    const v = await formFields(event.request);
    const input = columnInput(v);
    return mutate(event, 'create', (api) => api.columns.create.mutate(input), `已添加栏目“${input.name}”`, v);
  },

  update: async (event) => {
    const v = await formFields(event.request);
    const id = Number(v.id);
    return mutate(event, `col-${id}`, (api) => api.columns.update.mutate({ id, ...columnInput(v) }), '已保存', v);
  },

  delete: async (event) => {
    const v = await formFields(event.request);
    const id = Number(v.id);
    return mutate(event, `col-${id}`, (api) => api.columns.delete.mutate({ id }), '已删除');
  },
};
