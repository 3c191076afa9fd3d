import { redirect } from '@sveltejs/kit';
import { attempt, failForm, failWith } from '$lib/server/call';
import { formFile, uploadFile } from '$lib/server/files';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const file = formFile(form, 'file');
    if (!file) return failForm({ fieldErrors: { file: '请选择要导入的 Word 文档' } });
    if (!/\.docx$/i.test(file.name))
      return failForm({ fieldErrors: { file: '只能导入 .docx 格式的 Word 文档（.doc 请先另存为 .docx）' } });
    const uploaded = await uploadFile(event, file);
    if (!uploaded.ok) return failForm({ fieldErrors: { file: uploaded.message } }, uploaded.status);
    const r = await attempt(event, (api) => api.publications.importDocx.mutate({ fileId: uploaded.file.id }));
    if (!r.ok) return failWith(r.error);
    redirect(303, `/publications/${r.data.id}/edit?created=1`);
  },
};
