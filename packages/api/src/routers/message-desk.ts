/**
 * The public side of messages (互动交流): writing to an organization, the writer's page (tracking
 * number + private access code) with follow-ups and the rating, the published exchanges, and the
 * hotlines of every organization.
 */
import type { Kysely } from 'kysely';
import { messagesRepo, organizationsRepo, type Database } from '@gongkai/db';
import {
  fingerprint,
  MESSAGE_CODE_PREFIXES,
  MESSAGE_STATUS_LABELS,
  maskForPublication,
  maskName,
  shanghaiDate,
  type MessageStatus,
  type MessageType,
} from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { fieldError, notFound } from '../errors.js';
import { guardForm, guardLookup, issueChallenge } from '../forms/bot-guard.js';
import { freshTrackingCode, newAccessCode } from '../forms/codes.js';
import { dueAfter, replyDaysOf } from '../participation/due.js';
import { visitorMessage } from '../participation/message-access.js';
import { handleMessage } from '../participation/message-steps.js';
import { messageTrackView, publicExchange } from '../participation/message-views.js';
import { DUPLICATE_MESSAGE, DUPLICATE_SAMPLE, duplicateSince, isDuplicate } from '../participation/screening.js';
import { VISITOR } from '../participation/visitor.js';
import { flaggedWords } from '../participation/word-list.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { keyedHash, seal } from '../requests/seal.js';
import {
  byMessage,
  followUpInput,
  publicListInput,
  rateInput,
  submitInput,
  trackingInput,
} from '../schemas/messages.js';
import type { Context } from '../context.js';
import { inTx } from '../tx.js';
import { publicProcedure, router } from '../trpc.js';

const PAGE_SIZE = 20;

/** The message again inside the step's transaction (the lookup ran before it). */
const fresh = (id: number) => async (trx: Kysely<Database>) => (await messagesRepo.findMessage(trx, id))!;

/** The message of the visitor who wrote it; failed lookups count against the address. */
const writersMessage = (ctx: Context, input: { trackingNo: string; accessCode: string }) =>
  guardLookup(ctx.deps, ctx.clientIp, () => visitorMessage(ctx.deps.db.db, ctx.deps.dataKey, input));

/**
 * The search text of the public list. Published texts are shown with numbers masked, but LIKE runs
 * on the stored text: long digit runs are dropped so a search cannot confirm a masked number.
 */
const searchable = (q: string) => q.replace(/\d{6,}/g, '').trim();

export const messageDeskRouter = router({
  challenge: publicProcedure.query(({ ctx }) => issueChallenge(ctx.deps)),

  hotlines: publicProcedure.query(async ({ ctx }) =>
    (await organizationsRepo.list(ctx.deps.db.db)).map((o) => ({
      organization: { slug: o.slug, name: o.name },
      hotline: o.hotline,
      phone: o.phone,
      officeHours: o.office_hours,
    })),
  ),

  submit: publicProcedure.input(submitInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const org = await organizationsRepo.findBySlug(deps.db.db, input.org);
    if (!org) throw fieldError('org', '请选择受理单位');
    const since = duplicateSince(deps.clock().toISOString());
    const recent = await messagesRepo.recentContents(deps.db.db, org.id, since, DUPLICATE_SAMPLE);
    if (isDuplicate(input.content, recent)) throw fieldError('content', DUPLICATE_MESSAGE);
    await guardForm(deps, { form: 'message', clientIp: ctx.clientIp, bot: input.bot });
    return inTx(deps, async (trx) => {
      const at = deps.clock().toISOString();
      const today = shanghaiDate(at);
      const trackingNo = await freshTrackingCode(MESSAGE_CODE_PREFIXES[input.type], today, (code) =>
        messagesRepo.findByTrackingNo(trx, code),
      );
      const accessCode = newAccessCode();
      const dueDate = dueAfter(await loadCalendar(trx), today, await replyDaysOf(trx, org.id));
      const id = await messagesRepo.insertMessage(trx, {
        organization_id: org.id,
        tracking_no: trackingNo,
        access_code_hash: keyedHash(deps.dataKey, 'access_code', accessCode),
        type: input.type,
        subject: input.subject,
        content: input.content,
        name: input.name,
        contact_sealed: seal(deps.dataKey, input.contact),
        status: 'received',
        assignee_id: null,
        received_on: today,
        due_date: dueDate,
        replied_on: null,
        rating: null,
        is_public: 0,
        published_at: null,
        flagged_words: await flaggedWords(trx, [input.subject, input.content, input.name]),
        fingerprint: fingerprint(input.content),
        submitted_at: at,
        updated_at: at,
      });
      await appendAudit(trx, {
        at,
        actor: VISITOR,
        organizationId: org.id,
        action: 'message.submit',
        entityType: 'message',
        entityId: id,
        summary: `${trackingNo}：网上${input.type}`,
      });
      return { trackingNo, accessCode, dueDate };
    });
  }),

  track: publicProcedure.input(trackingInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    return messageTrackView(q, await writersMessage(ctx, input));
  }),

  followUp: publicProcedure.input(followUpInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await writersMessage(ctx, input);
    const earlier = [
      { content: row.content },
      ...(await messagesRepo.listPosts(deps.db.db, row.id)).map((p) => ({ content: p.text })),
    ];
    if (isDuplicate(input.text, earlier)) throw fieldError('text', DUPLICATE_MESSAGE);
    await handleMessage(deps, 'visitor', fresh(row.id), 'followUp', { text: input.text }, async (s) => {
      await s.addPost('followUp', input.text);
      // Answered, then asked again: a new reply period starts.
      const due =
        s.row.status === 'replied'
          ? {
              due_date: dueAfter(await loadCalendar(s.trx), s.today, await replyDaysOf(s.trx, s.row.organization_id)),
            }
          : {};
      const flagged = await flaggedWords(s.trx, [s.row.subject, s.row.content, input.text]);
      return { summary: '留言人追加留言', changes: { ...due, flagged_words: flagged } };
    });
    return { ok: true as const };
  }),

  rate: publicProcedure.input(rateInput).mutation(async ({ ctx, input }) => {
    const { deps } = ctx;
    const row = await writersMessage(ctx, input);
    await handleMessage(deps, 'visitor', fresh(row.id), 'rate', {}, async () => ({
      summary: `留言人评价：${input.rating}`,
      note: input.rating,
      changes: { rating: input.rating },
    }));
    return { ok: true as const };
  }),

  list: publicProcedure.input(publicListInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = input.org ? await organizationsRepo.findBySlug(q, input.org) : undefined;
    if (input.org && !org) throw notFound('单位不存在');
    const { rows, total } = await messagesRepo.listPublished(
      q,
      {
        ...(org ? { organizationId: org.id } : {}),
        ...(input.type ? { type: input.type } : {}),
        ...(searchable(input.q) ? { text: searchable(input.q) } : {}),
      },
      PAGE_SIZE,
      (input.page - 1) * PAGE_SIZE,
    );
    const items = rows.map((r) => ({
      id: r.id,
      organization: { slug: r.org_slug, name: r.org_name },
      type: r.type as MessageType,
      subject: maskForPublication(r.subject, { allowList: ctx.deps.piiAllowList }),
      name: maskName(r.name),
      receivedOn: r.received_on,
      repliedOn: r.replied_on,
      statusLabel: MESSAGE_STATUS_LABELS[r.status as MessageStatus],
    }));
    return { items, total, page: input.page, pageSize: PAGE_SIZE };
  }),

  get: publicProcedure.input(byMessage).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const row = await messagesRepo.findMessage(q, input.id);
    if (!row || row.is_public !== 1) throw notFound('留言不存在或未公开');
    const org = await organizationsRepo.findById(q, row.organization_id);
    const exchange = await publicExchange(q, ctx.deps, row);
    return {
      id: row.id,
      organization: { slug: org?.slug ?? '', name: org?.name ?? '' },
      type: row.type as MessageType,
      receivedOn: row.received_on,
      repliedOn: row.replied_on,
      rating: row.rating,
      ...exchange,
    };
  }),
});
