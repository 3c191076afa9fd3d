import { attempt, failForm, failWith, query } from '$lib/server/call';
import { uploadFile } from '$lib/server/files';
import { formFields, optionalInt } from '$lib/server/form-fields';
import { idParam } from '$lib/server/params';
import { recordAction } from '$lib/server/record-action';
import { takeRegistration } from '$lib/server/requests-flash';
import { choice, formFiles, optionalDate, optionalNumber, text } from '$lib/server/requests-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const [detail, today] = await Promise.all([
    query(event, (api) => api.requests.get.query({ id })),
    query(event, (api) => api.auth.today.query()),
  ]);
  // Date fields default to the API's today: the clock it checks dates against.
  return { detail, registered: takeRegistration(event.cookies, event.url, id), today };
};

export const actions: Actions = {
  revealApplicant: async (event) => {
    const id = idParam(event.params.id);
    const r = await attempt(event, (api) => api.requests.revealApplicant.mutate({ id }));
    if (!r.ok) return failWith(r.error, { form: 'revealApplicant' });
    return { form: 'revealApplicant', applicant: r.data };
  },

  confirmReceipt: recordAction('confirmReceipt', '已确认接收，答复期限开始计算', (api, id, v) =>
    api.requests.confirmReceipt.mutate({ id, receivedOn: text(v.receivedOn) }),
  ),

  assign: recordAction('assign', '经办人已更新', (api, id, v) =>
    api.requests.assign.mutate({ id, assigneeId: optionalInt(v.assigneeId) }),
  ),

  addNote: recordAction('addNote', '备注已添加', (api, id, v) =>
    api.requests.addNote.mutate({ id, text: text(v.text) }),
  ),

  requestSupplement: recordAction('requestSupplement', '已登记补正通知，已生成补正告知书', (api, id, v) =>
    api.requests.requestSupplement.mutate({
      id,
      date: text(v.date),
      items: text(v.items),
      dueDays: optionalNumber(v.dueDays),
    }),
  ),

  supplementReceived: recordAction('supplementReceived', '已登记收到补正，答复期限重新计算', (api, id, v) =>
    api.requests.supplementReceived.mutate({ id, date: text(v.date), note: text(v.note) }),
  ),

  startConsultation: recordAction('startConsultation', '已登记征求意见，已生成征求意见函', (api, id, v) =>
    api.requests.startConsultation.mutate({
      id,
      date: text(v.date),
      party: choice(v.party),
      recipient: text(v.recipient),
      note: text(v.note),
    }),
  ),

  endConsultation: recordAction('endConsultation', '已登记收到意见', (api, id, v) =>
    api.requests.endConsultation.mutate({ id, date: text(v.date), party: choice(v.party), note: text(v.note) }),
  ),

  extend: recordAction('extend', '已批准延期答复，已生成延期答复告知书', (api, id, v) =>
    api.requests.extend.mutate({
      id,
      date: text(v.date),
      days: optionalNumber(v.days) ?? Number.NaN,
      reason: text(v.reason),
    }),
  ),

  notifyFee: recordAction('notifyFee', '已登记收费通知，已生成收费通知书', (api, id, v) =>
    api.requests.notifyFee.mutate({
      id,
      date: text(v.date),
      method: choice(v.method),
      pages: v.method === 'by_pages' ? optionalNumber(v.pages) : undefined,
    }),
  ),

  recordFee: recordAction('recordFee', '已记录缴费情况', (api, id, v) =>
    api.requests.recordFee.mutate({ id, date: text(v.date), decision: choice(v.decision) }),
  ),

  reply: async (event) => {
    const id = idParam(event.params.id);
    // The form is read twice: its text fields to refill it, its files to upload them.
    const values = await formFields(event.request.clone());
    const releasedFileIds: number[] = [];
    for (const file of formFiles(await event.request.formData(), 'released')) {
      const uploaded = await uploadFile(event, file);
      if (!uploaded.ok) {
        return failForm({ form: 'reply', fieldErrors: { released: `${file.name}：${uploaded.message}` }, values });
      }
      releasedFileIds.push(uploaded.file.id);
    }
    const r = await attempt(event, (api) =>
      api.requests.reply.mutate({
        id,
        date: text(values.date),
        outcome: choice(values.outcome),
        legalBasis: text(values.legalBasis),
        note: text(values.note),
        releasedFileIds,
      }),
    );
    if (!r.ok) return failWith(r.error, { form: 'reply', values });
    return { form: 'reply', success: '已答复并办结，已生成答复书' };
  },

  markAbandoned: recordAction('markAbandoned', '已按视为放弃申请办结', (api, id, v) =>
    api.requests.markAbandoned.mutate({ id, date: text(v.date) }),
  ),

  markFeeExpired: recordAction('markFeeExpired', '已按逾期未缴费办结', (api, id, v) =>
    api.requests.markFeeExpired.mutate({ id, date: text(v.date) }),
  ),

  withdraw: recordAction('withdraw', '已按申请人撤回办结', (api, id, v) =>
    api.requests.withdraw.mutate({ id, date: text(v.date), note: text(v.note) }),
  ),

  addAppeal: recordAction('addAppeal', '已登记复议诉讼情况', (api, caseId, v) =>
    api.requests.addAppeal.mutate({
      caseId,
      kind: choice(v.kind),
      filedOn: text(v.filedOn),
      result: choice(v.result),
      decidedOn: optionalDate(v.decidedOn),
      note: text(v.note),
    }),
  ),

  updateAppeal: recordAction(
    (v) => `appeal-${v.appealId ?? ''}`,
    '复议诉讼结果已更新',
    (api, _caseId, v) =>
      api.requests.updateAppeal.mutate({
        id: optionalInt(v.appealId) ?? 0,
        result: choice(v.result),
        decidedOn: optionalDate(v.decidedOn),
        note: text(v.note),
      }),
  ),
};
