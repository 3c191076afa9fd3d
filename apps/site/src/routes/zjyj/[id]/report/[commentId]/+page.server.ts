import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { formFailure, readBot } from '$lib/server/public-form.js';
import { positiveInt } from '$lib/url.js';

/** Only the bot check is a field; "already reported" and a vanished comment join the top message. */
const REPORT_FIELDS = ['bot'] as const;

export const load: PageServerLoad = async (event) => {
  const { consultation } = await event.parent();
  // Only a comment shown on the page can be reported (a hidden one awaits review already).
  const comment = consultation.comments.find((c) => String(c.id) === event.params.commentId);
  if (!comment) error(404, '页面不存在');
  return { comment, challenge: await need(api(event.getClientAddress()).consultationDesk.challenge.query()) };
};

export const actions: Actions = {
  default: async (event) => {
    const commentId = positiveInt(event.params.commentId);
    if (commentId === undefined) error(404, '页面不存在');
    const bot = readBot(await event.request.formData());
    try {
      await api(event.getClientAddress()).consultationDesk.report.mutate({ commentId, bot });
    } catch (cause) {
      const failure = formFailure(cause, REPORT_FIELDS);
      return fail(failure.status, { fieldErrors: failure.fieldErrors, message: failure.message });
    }
    redirect(303, `/zjyj/${event.params.id}?reported=1`);
  },
};
