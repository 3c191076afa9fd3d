import { redirect } from '@sveltejs/kit';
import { attempt, failForm, failWith, mutate, query } from '$lib/server/call';
import { editorLists, findInterprets, readEditor, updateDraft } from '$lib/server/editor';
import { formFile, uploadFile } from '$lib/server/files';
import { idParam } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const [pub, lists] = await Promise.all([
    query(event, (api) => api.publications.get.query({ id })),
    editorLists(event),
  ]);
  if (!pub.allowedActions.includes('edit')) redirect(303, `/publications/${id}`);
  return { pub, ...lists, created: event.url.searchParams.has('created') };
};

export const actions: Actions = {
  save: async (event) => {
    const id = idParam(event.params.id);
    const { values } = await readEditor(event);
    const r = await updateDraft(event, id, values);
    if (!r.ok) return failWith(r.error, { form: 'editor', values });
    return { form: 'editor', success: '已保存' };
  },

  saveAndSubmit: async (event) => {
    const id = idParam(event.params.id);
    const { values } = await readEditor(event);
    const saved = await updateDraft(event, id, values);
    if (!saved.ok) return failWith(saved.error, { form: 'editor', values });
    const submitted = await attempt(event, (api) => api.publications.submit.mutate({ id }));
    if (!submitted.ok) return failWith(submitted.error, { form: 'editor', values });
    redirect(303, `/publications/${id}?submitted=1`);
  },

  findInterprets,

  upload: async (event) => {
    const id = idParam(event.params.id);
    const form = await event.request.formData();
    const file = formFile(form, 'file');
    if (!file) return failForm({ form: 'upload', fieldErrors: { file: '请选择要上传的文件' } });
    const uploaded = await uploadFile(event, file);
    if (!uploaded.ok) return failForm({ form: 'upload', fieldErrors: { file: uploaded.message } }, uploaded.status);
    const kind = uploaded.file.mime.startsWith('image/') ? 'image' : 'attachment';
    return mutate(
      event,
      'upload',
      (api) => api.publications.addAttachment.mutate({ id, fileId: uploaded.file.id, kind }),
      `已上传：${uploaded.file.fileName}`,
    );
  },

  removeAttachment: async (event) => {
    const id = idParam(event.params.id);
    const form = await event.request.formData();
    const attachmentId = Number(form.get('attachmentId'));
    return mutate(
      event,
      'attachments',
      (api) => api.publications.removeAttachment.mutate({ id, attachmentId }),
      '附件已删除',
    );
  },
};
