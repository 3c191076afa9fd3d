import { redirect } from '@sveltejs/kit';
import { attempt, failWith, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { chosenId, toReplyInput } from '$lib/server/message-input';
import { idParam } from '$lib/server/params';
import { recordAction } from '$lib/server/record-action';
import { text } from '$lib/server/requests-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  return { detail: await query(event, (api) => api.messages.get.query({ id })) };
};

export const actions: Actions = {
  assign: recordAction('assign', '承办人已更新', (api, id, v) =>
    api.messages.assign.mutate({ id, assigneeId: chosenId(v.assigneeId) }),
  ),

  // A transferred message belongs to the receiving organization: this page is gone for us.
  transfer: async (event) => {
    const id = idParam(event.params.id);
    const values = await formFields(event.request);
    const r = await attempt(event, (api) =>
      api.messages.transfer.mutate({
        id,
        organizationId: chosenId(values.organizationId),
        reason: text(values.reason),
      }),
    );
    if (!r.ok) return failWith(r.error, { form: 'transfer', values });
    redirect(303, '/messages?transferred=1');
  },

  addNote: recordAction('addNote', '备注已添加', (api, id, v) =>
    api.messages.addNote.mutate({ id, text: text(v.text) }),
  ),

  reply: recordAction('reply', '答复已发送', (api, id, v) => api.messages.reply.mutate(toReplyInput(id, v))),

  close: recordAction('close', '留言已办结', (api, id) => api.messages.close.mutate({ id })),

  publish: recordAction('publish', '留言及答复已公开', (api, id) => api.messages.publish.mutate({ id })),

  unpublish: recordAction('unpublish', '已取消公开', (api, id) => api.messages.unpublish.mutate({ id })),
};
