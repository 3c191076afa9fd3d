import { redirect } from '@sveltejs/kit';
import { toPublicationInput } from '$lib/publication-form';
import { attempt, failWith, query } from '$lib/server/call';
import { editorLists, findInterprets, readEditor } from '$lib/server/editor';
import { idParam } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const [pub, lists] = await Promise.all([
    query(event, (api) => api.publications.get.query({ id })),
    editorLists(event),
  ]);
  if (!pub.allowedActions.includes('amend')) redirect(303, `/publications/${id}`);
  return { pub, ...lists };
};

export const actions: Actions = {
  // Named `save` because the shared editor posts there; here it publishes a new revision.
  save: async (event) => {
    const id = idParam(event.params.id);
    const { form, values } = await readEditor(event);
    const changeNote = String(form.get('changeNote') ?? '').trim();
    const justification = String(form.get('justification') ?? '').trim();
    const all = { ...values, changeNote, justification };
    const r = await attempt(event, (api) =>
      api.publications.amend.mutate({
        id,
        changeNote,
        ...(justification ? { justification } : {}),
        ...toPublicationInput(values),
      }),
    );
    if (!r.ok) return failWith(r.error, { form: 'editor', values: all });
    redirect(303, `/publications/${id}`);
  },
  findInterprets,
};
