import { redirect } from '@sveltejs/kit';
import { toPublicationInput } from '$lib/publication-form';
import { attempt, failWith } from '$lib/server/call';
import { editorLists, findInterprets, readEditor } from '$lib/server/editor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  ...(await editorLists(event)),
  orgName: event.locals.user?.organization?.name ?? '',
});

export const actions: Actions = {
  save: async (event) => {
    const { values } = await readEditor(event);
    const r = await attempt(event, (api) => api.publications.create.mutate(toPublicationInput(values)));
    if (!r.ok) return failWith(r.error, { form: 'editor', values });
    redirect(303, `/publications/${r.data.id}/edit?created=1`);
  },
  findInterprets,
};
