import { mutate, query } from '$lib/server/call';
import { formFields, int, optionalInt } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  categories: await query(event, (api) => api.categories.list.query()),
});

export const actions: Actions = {
  create: async (event) => {
    const v = await formFields(event.request);
    const input = { name: (v.name ?? '').trim(), parentId: optionalInt(v.parentId), sortOrder: int(v.sortOrder) };
    return mutate(event, 'create', (api) => api.categories.create.mutate(input), `已添加“${input.name}”`, v);
  },

  update: async (event) => {
    const v = await formFields(event.request);
    const id = Number(v.id);
    const input = { id, name: (v.name ?? '').trim(), parentId: optionalInt(v.parentId), sortOrder: int(v.sortOrder) };
    return mutate(event, `cat-${id}`, (api) => api.categories.update.mutate(input), '已保存', v);
  },

  delete: async (event) => {
    const v = await formFields(event.request);
    const id = Number(v.id);
    return mutate(event, `cat-${id}`, (api) => api.categories.delete.mutate({ id }), '已删除');
  },
};
