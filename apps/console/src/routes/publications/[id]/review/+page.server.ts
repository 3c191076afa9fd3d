import { redirect } from '@sveltejs/kit';
import { attempt, failWith, mutate, query } from '$lib/server/call';
import { idParam } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const [pub, pii] = await Promise.all([
    query(event, (api) => api.publications.get.query({ id })),
    query(event, (api) => api.publications.piiHits.query({ id })),
  ]);
  return { pub, hits: pii.hits };
};

async function text(request: Request, name: string): Promise<string> {
  return String((await request.formData()).get(name) ?? '').trim();
}

export const actions: Actions = {
  maskHit: async (event) => {
    const id = idParam(event.params.id);
    const hitId = await text(event.request, 'hitId');
    return mutate(event, 'pii', (api) => api.publications.maskHit.mutate({ id, hitId }), '已脱敏');
  },

  maskAll: (event) =>
    mutate(
      event,
      'pii',
      (api) => api.publications.maskAll.mutate({ id: idParam(event.params.id) }),
      '正文中的个人信息已全部脱敏',
    ),

  approve: async (event) => {
    const id = idParam(event.params.id);
    const justification = await text(event.request, 'justification');
    const r = await attempt(event, (api) =>
      api.publications.approve.mutate({ id, ...(justification ? { justification } : {}) }),
    );
    if (!r.ok) return failWith(r.error, { form: 'approve', values: { justification } });
    redirect(303, `/publications/${id}`);
  },

  return: async (event) => {
    const id = idParam(event.params.id);
    const comment = await text(event.request, 'comment');
    const r = await attempt(event, (api) => api.publications.return.mutate({ id, comment }));
    if (!r.ok) return failWith(r.error, { form: 'return', values: { comment } });
    redirect(303, `/publications/${id}`);
  },
};
