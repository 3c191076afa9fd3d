import type { RequestEvent } from '@sveltejs/kit';
import type { FormState } from '$lib/form-state';
import { readPublicationForm, toPublicationInput, type PublicationFormValues } from '$lib/publication-form';
import { attempt, failWith, query } from './call.js';

/** What every publication editor page needs besides the record: the catalogue and the columns. */
export async function editorLists(event: RequestEvent) {
  const [categories, columns] = await Promise.all([
    query(event, (api) => api.categories.list.query()),
    query(event, (api) => api.columns.list.query()),
  ]);
  return { categories, columns };
}

export async function readEditor(event: RequestEvent): Promise<{ form: FormData; values: PublicationFormValues }> {
  const form = await event.request.formData();
  return { form, values: readPublicationForm(form) };
}

/**
 * The 查找 button of the 解读 field: published documents matching the words, returned with
 * everything typed so far so the form comes back as it was.
 */
export async function findInterprets(event: RequestEvent) {
  const { form, values } = await readEditor(event);
  const q = String(form.get('interpretsQ') ?? '').trim();
  if (!q) return { form: 'interprets', values, candidates: [] } satisfies FormState & { candidates: unknown[] };
  const r = await attempt(event, (api) => api.publications.list.query({ q, status: 'published', page: 1 }));
  if (!r.ok) return failWith(r.error, { form: 'editor', values });
  const candidates = r.data.items.map((p) => ({ id: p.id, title: p.title, docNumber: p.docNumber }));
  return { form: 'interprets', values, candidates };
}

/** Saves an existing draft; the failed form keeps what was typed. */
export async function updateDraft(event: RequestEvent, id: number, values: PublicationFormValues) {
  return attempt(event, (api) => api.publications.update.mutate({ id, ...toPublicationInput(values) }));
}
