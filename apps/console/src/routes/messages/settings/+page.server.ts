import { mutate, query } from '$lib/server/call';
import { formFields } from '$lib/server/form-fields';
import { optionalNumber } from '$lib/server/requests-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  settings: await query(event, (api) => api.messages.settings.query()),
});

export const actions: Actions = {
  saveReplyDays: async (event) => {
    const v = await formFields(event.request);
    const replyWorkingDays = optionalNumber(v.replyWorkingDays) ?? Number.NaN;
    return mutate(
      event,
      'saveReplyDays',
      (api) => api.messages.saveReplyDays.mutate({ replyWorkingDays }),
      `留言答复期限已改为${replyWorkingDays}个工作日，适用于此后收到的留言`,
      v,
    );
  },

  saveWords: async (event) => {
    const v = await formFields(event.request);
    return mutate(
      event,
      'saveWords',
      (api) => api.messages.saveWords.mutate({ words: v.words ?? '' }),
      '敏感词表已保存',
      v,
    );
  },

  resetWords: async (event) =>
    mutate(event, 'saveWords', (api) => api.messages.resetWords.mutate(), '已恢复默认敏感词表'),
};
