import { attempt, failWith, query } from '$lib/server/call';
import { checkedIds, toUpdateInput } from '$lib/server/consultation-input';
import { formFields, optionalInt } from '$lib/server/form-fields';
import { idParam } from '$lib/server/params';
import { recordAction } from '$lib/server/record-action';
import { choice, text } from '$lib/server/requests-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const detail = await query(event, (api) => api.consultations.get.query({ id }));
  // The adopted document is chosen among the organization's published items, once it may be linked.
  const published = detail.allowedActions.includes('linkAdopted')
    ? (await query(event, (api) => api.publications.list.query({ status: 'published' }))).items
    : [];
  return { detail, published, created: event.url.searchParams.has('created') };
};

/** The id of the record a form repeated in a list acts on (a comment, a feedback group). */
const recordId = (value: string | undefined) => optionalInt(value) ?? 0;

export const actions: Actions = {
  update: recordAction('update', '征求意见已修改', (api, id, v) =>
    api.consultations.update.mutate(toUpdateInput(id, v)),
  ),

  publishComment: recordAction(
    (v) => `publish-${v.commentId ?? ''}`,
    '意见已公开',
    (api, _id, v) => api.consultations.publishComment.mutate({ id: recordId(v.commentId) }),
  ),

  rejectComment: recordAction(
    (v) => `reject-${v.commentId ?? ''}`,
    '已不予公开',
    (api, _id, v) => api.consultations.rejectComment.mutate({ id: recordId(v.commentId), reason: text(v.reason) }),
  ),

  setFeedback: async (event) => {
    const consultationId = idParam(event.params.id);
    // The form is read twice: its text fields to refill it, the ticked comments as a list.
    const fields = await formFields(event.request.clone());
    const commentIds = checkedIds(await event.request.formData(), 'commentIds');
    const values = { ...fields, commentIds: commentIds.map(String) };
    const r = await attempt(event, (api) =>
      api.consultations.setFeedback.mutate({
        consultationId,
        commentIds,
        adoption: choice(fields.adoption),
        reason: text(fields.reason),
      }),
    );
    if (!r.ok) return failWith(r.error, { form: 'setFeedback', values });
    return { form: 'setFeedback', success: `已保存${commentIds.length}条意见的采纳情况` };
  },

  removeFeedback: recordAction(
    (v) => `feedback-${v.feedbackId ?? ''}`,
    '已删除该组采纳情况',
    (api, _id, v) => api.consultations.removeFeedback.mutate({ id: recordId(v.feedbackId) }),
  ),

  publishFeedback: recordAction('publishFeedback', '意见采纳情况已公布', (api, id, v) =>
    api.consultations.publishFeedback.mutate({ id, summary: text(v.summary) }),
  ),

  linkAdopted: recordAction('linkAdopted', '正式文件关联已保存', (api, id, v) =>
    api.consultations.linkAdopted.mutate({ id, publicationId: optionalInt(v.publicationId) }),
  ),
};
