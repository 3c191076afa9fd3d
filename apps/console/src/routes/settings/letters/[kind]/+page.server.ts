import { error } from '@sveltejs/kit';
import type { RouterInputs } from '$lib/api-types';
import { mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

type Kind = RouterInputs['letterTemplates']['save']['kind'];

export const load: PageServerLoad = async (event) => {
  const templates = await query(event, (api) => api.letterTemplates.list.query());
  const template = templates.find((t) => t.kind === event.params.kind);
  if (!template) error(404, '页面不存在');
  return { template };
};

export const actions: Actions = {
  save: async (event) => {
    const v = await formFields(event.request);
    // The kind comes from the URL; the API refuses one it does not know.
    const input = { kind: event.params.kind as Kind, title: v.title ?? '', body: v.body ?? '' };
    return mutate(event, 'save', (api) => api.letterTemplates.save.mutate(input), '已保存', v);
  },

  reset: (event) =>
    mutate(
      event,
      'reset',
      (api) => api.letterTemplates.reset.mutate({ kind: event.params.kind as Kind }),
      '已恢复默认文本',
    ),
};
