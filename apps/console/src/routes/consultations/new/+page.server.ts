import { redirect, type RequestEvent } from '@sveltejs/kit';
import { attempt, failForm, failWith, query } from '$lib/server/call';
import { formFile, uploadFile } from '$lib/server/files';
import { formFields } from '$lib/server/form-fields';
import { draftSource, toCreateInput, toDefaultsInput } from '$lib/server/consultation-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [drafts, published, org, today] = await Promise.all([
    query(event, (api) => api.publications.list.query({ status: 'draft' })),
    query(event, (api) => api.publications.list.query({ status: 'published' })),
    query(event, (api) => api.organizations.mine.query()),
    query(event, (api) => api.auth.today.query()),
  ]);
  const contact = [org.officeName, org.phone && `电话：${org.phone}`, org.email && `电子邮箱：${org.email}`]
    .filter(Boolean)
    .join('，');
  return {
    drafts: drafts.items,
    published: published.items,
    contact,
    // The API's today: the opening date may not lie before it.
    today,
  };
};

type Read = { ok: true; values: Record<string, string> } | { ok: false; failure: ReturnType<typeof failForm> };

/**
 * The posted form as strings, with a chosen Word file uploaded first: its id and name join the
 * values, so the form keeps it across a failed submission or a closing-date calculation.
 */
async function readForm(event: RequestEvent): Promise<Read> {
  // The form is read twice: its text fields to refill it, its file to upload it.
  const values = await formFields(event.request.clone());
  const file = formFile(await event.request.formData(), 'file');
  if (!file) return { ok: true, values };
  if (!/\.docx$/i.test(file.name)) {
    const message = '只能上传 .docx 格式的 Word 文档（.doc 请先另存为 .docx）';
    return { ok: false, failure: failForm({ form: 'create', fieldErrors: { file: message }, values }) };
  }
  const uploaded = await uploadFile(event, file);
  if (!uploaded.ok) {
    const failure = failForm({ form: 'create', fieldErrors: { file: uploaded.message }, values }, uploaded.status);
    return { ok: false, failure };
  }
  return {
    ok: true,
    values: { ...values, sourceKind: 'file', fileId: String(uploaded.file.id), fileName: uploaded.file.fileName },
  };
}

export const actions: Actions = {
  /** 计算截止日期: the default closing date for the period typed so far, written into the form. */
  closeDate: async (event) => {
    const read = await readForm(event);
    if (!read.ok) return read.failure;
    const { values } = read;
    const r = await attempt(event, (api) => api.consultations.defaults.query(toDefaultsInput(values)));
    if (!r.ok) return failWith(r.error, { form: 'create', values });
    if (!r.data.closeDate) {
      return failForm({ form: 'create', fieldErrors: { closeDate: r.data.message ?? '无法计算截止日期' }, values });
    }
    const filled: Record<string, string> = { ...values, closeDate: r.data.closeDate };
    return {
      form: 'create',
      success: `截止日期已按开始日期 ${values.openDate} 计算为 ${r.data.closeDate}`,
      values: filled,
    };
  },

  create: async (event) => {
    const read = await readForm(event);
    if (!read.ok) return read.failure;
    const { values } = read;
    const r = await attempt(event, (api) =>
      api.consultations.create.mutate(toCreateInput(values, draftSource(values))),
    );
    if (!r.ok) return failWith(r.error, { form: 'create', values });
    redirect(303, `/consultations/${r.data.id}?created=1`);
  },
};
