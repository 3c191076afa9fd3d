/** Messages in the console (互动交流): inbox, assignment, transfer, notes, reply, publication, settings. */
import { messagesRepo, organizationsRepo, usersRepo } from '@gongkai/db';
import {
  addDays,
  defaultPublic,
  hasRole,
  needsThreeMonthWarning,
  parseWordList,
  shanghaiDate,
  DEFAULT_REPLY_WORKING_DAYS,
  type MessageAction,
  type MessageType,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf, orgIdOf } from '../authz.js';
import { conflict, fieldError } from '../errors.js';
import { dueAfter, replyDaysOf } from '../participation/due.js';
import { staffMessage } from '../participation/message-access.js';
import { handleMessage, type MessageInput, type MessageStepFn } from '../participation/message-steps.js';
import { messageRow, staffMessageView } from '../participation/message-views.js';
import { loadWords } from '../participation/word-list.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { soonLimit } from '../requests/case-views.js';
import {
  assignInput,
  byMessage,
  noteInput,
  replyDaysInput,
  replyInput,
  staffListInput,
  transferInput,
  wordsInput,
} from '../schemas/messages.js';
import type { StaffUser } from '../sessions.js';
import { inTx } from '../tx.js';
import { requireRoles, router } from '../trpc.js';
import type { ApiDeps } from '../context.js';

const PAGE_SIZE = 20;
/** Unanswered messages shown with the three-month warning on the dashboard. */
const WARNING_ITEMS = 20;
/** Three calendar months are at least 89 days: the candidates, checked exactly by the domain. */
const THREE_MONTHS_MIN_DAYS = 89;
const VIEWS = {
  open: ['received', 'assigned'],
  answered: ['replied'],
  closed: ['closed'],
  all: undefined,
} as const;

const officer = requireRoles('interaction_officer');

async function today(deps: ApiDeps) {
  const day = shanghaiDate(deps.clock());
  return { day, soon: soonLimit(await loadCalendar(deps.db.db), day) };
}

/** A staff action through the domain (see message-steps.ts) on a message of the user's organization. */
function act(
  deps: ApiDeps,
  user: StaffUser,
  id: number,
  action: MessageAction,
  input: MessageInput,
  step: MessageStepFn,
): Promise<void> {
  return handleMessage(deps, user, (trx) => staffMessage(trx, user, id), action, input, step);
}

export const messagesRouter = router({
  list: officer.input(staffListInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const { day, soon } = await today(ctx.deps);
    const { rows, total } = await messagesRepo.listMessages(
      q,
      {
        organizationId: orgIdOf(ctx.user),
        ...(input.due ? { statuses: VIEWS.open } : VIEWS[input.view] ? { statuses: VIEWS[input.view] } : {}),
        ...(input.due === 'overdue' ? { dueUpTo: addDays(day, -1) } : {}),
        ...(input.due === 'soon' ? { dueFrom: day, dueUpTo: soon } : {}),
        ...(input.mine ? { assigneeId: ctx.user.id } : {}),
        ...(input.type ? { type: input.type } : {}),
        ...(input.q ? { text: input.q } : {}),
      },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    const now = ctx.deps.clock();
    return { items: rows.map((r) => messageRow(r, now, day, soon)), total, page: input.page, pageSize: PAGE_SIZE };
  }),

  get: officer.input(byMessage).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const { day, soon } = await today(ctx.deps);
    return staffMessageView(q, ctx.deps, ctx.user, await staffMessage(q, ctx.user, input.id), day, soon);
  }),

  assign: officer.input(assignInput).mutation(async ({ ctx, input }) => {
    await act(ctx.deps, ctx.user, input.id, 'assign', { assigneeIdInput: input.assigneeId }, async (s) => {
      const colleague = await usersRepo.findById(s.trx, input.assigneeId);
      if (
        !colleague ||
        colleague.organization_id !== s.row.organization_id ||
        colleague.disabled ||
        !hasRole({ roles: JSON.parse(colleague.roles) }, 'interaction_officer')
      ) {
        throw fieldError('assigneeId', '承办人不存在或不属于本单位');
      }
      return {
        summary: `分办给${colleague.display_name}`,
        note: colleague.display_name,
        changes: { assignee_id: colleague.id },
      };
    });
    return { ok: true as const };
  }),

  transfer: officer.input(transferInput).mutation(async ({ ctx, input }) => {
    await act(
      ctx.deps,
      ctx.user,
      input.id,
      'transfer',
      { toOrganizationId: input.organizationId, reason: input.reason },
      async (s) => {
        const [from, to] = await Promise.all([
          organizationsRepo.findById(s.trx, s.row.organization_id),
          organizationsRepo.findById(s.trx, input.organizationId),
        ]);
        if (!to) throw fieldError('organizationId', '请选择转办的其他单位');
        const dueDate = dueAfter(await loadCalendar(s.trx), s.today, await replyDaysOf(s.trx, to.id));
        return {
          summary: `转办至${to.name}：${input.reason}`,
          note: `${from?.name ?? ''} → ${to.name}：${input.reason}`,
          detail: {
            fromId: s.row.organization_id,
            fromName: from?.name ?? '',
            toId: to.id,
            toName: to.name,
            reason: input.reason,
          },
          changes: { organization_id: to.id, assignee_id: null, due_date: dueDate },
        };
      },
    );
    return { ok: true as const };
  }),

  addNote: officer.input(noteInput).mutation(async ({ ctx, input }) => {
    await inTx(ctx.deps, async (trx) => {
      const row = await staffMessage(trx, ctx.user, input.id);
      const at = ctx.deps.clock().toISOString();
      await messagesRepo.insertNote(trx, {
        message_id: row.id,
        author_id: ctx.user.id,
        author_name: ctx.user.displayName,
        text: input.text,
        created_at: at,
      });
      await appendAudit(trx, {
        at,
        actor: actorOf(ctx.user),
        organizationId: row.organization_id,
        action: 'message.note',
        entityType: 'message',
        entityId: row.id,
        summary: `${row.tracking_no}：添加内部备注`,
      });
    });
    return { ok: true as const };
  }),

  reply: officer.input(replyInput).mutation(async ({ ctx, input }) => {
    await act(ctx.deps, ctx.user, input.id, 'reply', { text: input.text }, async (s) => {
      await s.addPost('reply', input.text);
      const publish = input.publish ?? defaultPublic(s.row.type as MessageType);
      return {
        summary: publish ? '答复并公开' : '答复',
        note: publish ? '答复并公开' : '答复（不公开）',
        detail: { publish },
        changes: {
          replied_on: s.today,
          is_public: publish ? 1 : 0,
          published_at: publish ? (s.row.published_at ?? s.at) : null,
        },
      };
    });
    return { ok: true as const };
  }),

  close: officer.input(byMessage).mutation(async ({ ctx, input }) => {
    await act(ctx.deps, ctx.user, input.id, 'close', {}, async () => ({ summary: '办结' }));
    return { ok: true as const };
  }),

  publish: officer.input(byMessage).mutation(async ({ ctx, input }) => {
    await act(ctx.deps, ctx.user, input.id, 'publish', {}, async (s) => {
      if (s.row.is_public === 1) throw conflict('该留言已公开');
      return { summary: '公开留言及答复', changes: { is_public: 1, published_at: s.at } };
    });
    return { ok: true as const };
  }),

  unpublish: officer.input(byMessage).mutation(async ({ ctx, input }) => {
    await act(ctx.deps, ctx.user, input.id, 'unpublish', {}, async (s) => {
      if (s.row.is_public === 0) throw conflict('该留言未公开');
      return { summary: '取消公开', changes: { is_public: 0, published_at: null } };
    });
    return { ok: true as const };
  }),

  /** For the dashboard: overdue messages, and those unanswered for three months (政府网站 inspection). */
  warnings: requireRoles('interaction_officer', 'org_admin', 'office_head').query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    const organizationId = orgIdOf(ctx.user);
    const now = ctx.deps.clock();
    const day = shanghaiDate(now);
    const [candidates, overdue] = await Promise.all([
      messagesRepo.listUnansweredSince(q, organizationId, addDays(day, -THREE_MONTHS_MIN_DAYS)),
      messagesRepo.countOverdue(q, organizationId, day),
    ]);
    const old = candidates.filter((m) => needsThreeMonthWarning(m.received_on, now));
    return {
      threeMonths: old.length,
      overdue,
      items: old.slice(0, WARNING_ITEMS).map((m) => ({
        id: m.id,
        trackingNo: m.tracking_no,
        subject: m.subject,
        receivedOn: m.received_on,
      })),
    };
  }),

  settings: requireRoles('interaction_officer', 'org_admin', 'sys_admin').query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    const { words, customized } = await loadWords(q);
    const organizationId = ctx.user.organizationId;
    return {
      replyWorkingDays: organizationId === null ? DEFAULT_REPLY_WORKING_DAYS : await replyDaysOf(q, organizationId),
      words,
      wordsCustomized: customized,
    };
  }),

  saveReplyDays: requireRoles('org_admin')
    .input(replyDaysInput)
    .mutation(async ({ ctx, input }) => {
      const organizationId = orgIdOf(ctx.user);
      await inTx(ctx.deps, async (trx) => {
        const at = ctx.deps.clock().toISOString();
        await messagesRepo.saveReplyDays(trx, organizationId, input.replyWorkingDays, ctx.user.id, at);
        await appendAudit(trx, {
          at,
          actor: actorOf(ctx.user),
          organizationId,
          action: 'message.reply_days',
          entityType: 'organization',
          entityId: organizationId,
          summary: `留言答复期限改为${input.replyWorkingDays}个工作日`,
        });
      });
      return { ok: true as const };
    }),

  saveWords: requireRoles('sys_admin')
    .input(wordsInput)
    .mutation(async ({ ctx, input }) => {
      const words = parseWordList(input.words);
      await saveWordList(ctx.deps, ctx.user, words);
      return { words };
    }),

  resetWords: requireRoles('sys_admin').mutation(async ({ ctx }) => {
    await saveWordList(ctx.deps, ctx.user, null);
    return { words: (await loadWords(ctx.deps.db.db)).words };
  }),
});

/** Saves the deployment's word list (null: back to the default). */
async function saveWordList(deps: ApiDeps, user: StaffUser, words: string[] | null) {
  await inTx(deps, async (trx) => {
    const at = deps.clock().toISOString();
    if (words === null) await messagesRepo.resetWords(trx);
    else await messagesRepo.saveWords(trx, words, user.id, at);
    await appendAudit(trx, {
      at,
      actor: actorOf(user),
      organizationId: null,
      action: 'message.words',
      entityType: 'moderation_words',
      entityId: null,
      summary: words === null ? '恢复默认敏感词表' : `更新敏感词表（${words.length}个词）`,
    });
  });
}
