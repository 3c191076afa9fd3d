import { addDays, shanghaiDayStart } from '@gongkai/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, MessageTable } from '../schema.js';

/**
 * The record sets behind the annual report's figures (decisions.md "Data and counting"), defined
 * once: report-records counts them, report-trace lists them, so a number and its list never
 * disagree. Each returns an unselected query; callers add the columns or the aggregate.
 */
type Q = Kysely<Database>;

export interface Period {
  /** First and last legal day, YYYY-MM-DD, inclusive. */
  readonly start: string;
  readonly end: string;
}

export const yearPeriod = (year: number): Period => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** The UTC instants bounding a period of Shanghai days, for instant columns: [from, to). */
export const instantRange = (p: Period) => ({
  from: shanghaiDayStart(p.start),
  to: shanghaiDayStart(addDays(p.end, 1)),
});

/** The organization's items published (and still published) in the period. */
export const publishedIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('publications as p')
    .where('p.organization_id', '=', organizationId)
    .where('p.status', '=', 'published')
    .where('p.publish_date', '>=', p.start)
    .where('p.publish_date', '<=', p.end);

/**
 * 主动公开信息: items published in the period with a catalogue category. Categories are the
 * organization's own; naming them lets the count seek the category index once per category.
 */
export const catalogueIn = (q: Q, organizationId: number, p: Period) =>
  publishedIn(q, organizationId, p).where(
    'p.category_id',
    'in',
    q.selectFrom('categories').select('id').where('organization_id', '=', organizationId),
  );

/** Maps a category id to its top-level ancestor (the report counts sub-categories in their parent). */
export function topCategories(categories: readonly { id: number; parent_id: number | null }[]) {
  const parent = new Map(categories.map((c) => [c.id, c.parent_id]));
  return (id: number): number => {
    let current = id;
    for (let depth = 0; depth < categories.length; depth++) {
      const up = parent.get(current);
      if (up === null || up === undefined) return current;
      current = up;
    }
    return current;
  };
}

/**
 * Memberships of the organization's columns whose item was published in the period (a membership
 * carries its item's publish_date only while the item is published).
 */
export const columnItemsIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('site_columns as c')
    .innerJoin('publication_columns as pc', 'pc.column_id', 'c.id')
    .where('c.organization_id', '=', organizationId)
    .where('pc.publish_date', '>=', p.start)
    .where('pc.publish_date', '<=', p.end);

/** Page views recorded on days of the period for the organization's items. */
export const viewsIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('view_counts as v')
    .where('v.organization_id', '=', organizationId)
    .where('v.day', '>=', p.start)
    .where('v.day', '<=', p.end);

/** The organization's published 规范性文件 of every year (few: table 二 classifies them in code). */
export const normativeItems = (q: Q, organizationId: number) =>
  q
    .selectFrom('publications as p')
    .where('p.organization_id', '=', organizationId)
    .where('p.is_normative', '=', 1)
    .where('p.status', '=', 'published');

export type RequestSet = 'received' | 'carriedOver' | 'closed' | 'carriedForward';

/**
 * Table 三's sets of received cases: 本年新收 (received in the period), 上年结转 (received before
 * it and not closed before it), 办理结果 (closed in it, with an outcome), 结转下年度 (received by its
 * end and not closed by then). Cases not yet received count nowhere.
 */
export function requestCasesIn(q: Q, organizationId: number, p: Period, set: RequestSet) {
  const cases = q.selectFrom('request_cases as r').where('r.organization_id', '=', organizationId);
  const openAfter = (day: string) =>
    cases
      .where('r.received_on', 'is not', null)
      .where((eb) => eb.or([eb('r.closed_on', 'is', null), eb('r.closed_on', '>', day)]));
  switch (set) {
    case 'received':
      return cases.where('r.received_on', '>=', p.start).where('r.received_on', '<=', p.end);
    case 'carriedOver':
      return openAfter(addDays(p.start, -1)).where('r.received_on', '<', p.start);
    case 'closed':
      return cases
        .where('r.received_on', 'is not', null)
        .where('r.closed_on', '>=', p.start)
        .where('r.closed_on', '<=', p.end)
        .where('r.outcome_code', 'is not', null);
    case 'carriedForward':
      return openAfter(p.end).where('r.received_on', '<=', p.end);
  }
}

/** 行政复议 and 行政诉讼 filed in the period against the organization's cases. */
export const appealsIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('request_appeals as a')
    .where('a.organization_id', '=', organizationId)
    .where('a.filed_on', '>=', p.start)
    .where('a.filed_on', '<=', p.end);

/** Cases whose 信息处理费 was paid in the period (a feePaid event dated in it). */
export const feesPaidIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('request_cases as r')
    .innerJoin('request_events as e', 'e.case_id', 'r.id')
    .where('r.organization_id', '=', organizationId)
    .where('e.type', '=', 'feePaid')
    .where('e.date', '>=', p.start)
    .where('e.date', '<=', p.end);

/** Consultations (征求意见) opened in the period. */
export const consultationsIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('consultations as c')
    .where('c.organization_id', '=', organizationId)
    .where('c.open_date', '>=', p.start)
    .where('c.open_date', '<=', p.end);

/** Comments received in the period on the organization's consultations, whatever became of them. */
export function commentsIn(q: Q, organizationId: number, p: Period) {
  const { from, to } = instantRange(p);
  return q
    .selectFrom('consultation_comments as k')
    .innerJoin('consultations as c', 'c.id', 'k.consultation_id')
    .where('c.organization_id', '=', organizationId)
    .where('k.created_at', '>=', from)
    .where('k.created_at', '<', to);
}

/** Messages (互动交流) received in the period by the organization now answering them. */
export const messagesIn = (q: Q, organizationId: number, p: Period) =>
  q
    .selectFrom('messages as m')
    .where('m.organization_id', '=', organizationId)
    .where('m.received_on', '>=', p.start)
    .where('m.received_on', '<=', p.end);

/** When a message was first answered: the earliest reply in its thread. */
export const firstReplyAt = (eb: ExpressionBuilder<Database & { m: MessageTable }, 'm'>) =>
  eb
    .selectFrom('message_posts as mp')
    .select((e) => e.fn.min<string>('mp.created_at').as('at'))
    .whereRef('mp.message_id', '=', 'm.id')
    .where('mp.kind', '=', 'reply');

/**
 * Messages first answered in the period. `replied_on` is the latest reply's day, never earlier
 * than the first, so it narrows the search before the first reply is looked up.
 */
export function messagesRepliedIn(q: Q, organizationId: number, p: Period) {
  const { from, to } = instantRange(p);
  return q
    .selectFrom('messages as m')
    .where('m.organization_id', '=', organizationId)
    .where('m.replied_on', '>=', p.start)
    .where((eb) => eb.and([eb(firstReplyAt(eb), '>=', from), eb(firstReplyAt(eb), '<', to)]));
}

/** Hotline calls taken in the period (the month bounds keep it to the organization's index range). */
export function hotlineCallsIn(q: Q, organizationId: number, p: Period) {
  const { from, to } = instantRange(p);
  return q
    .selectFrom('hotline_calls as h')
    .where('h.organization_id', '=', organizationId)
    .where('h.month', '>=', p.start.slice(0, 7))
    .where('h.month', '<=', p.end.slice(0, 7))
    .where('h.called_at', '>=', from)
    .where('h.called_at', '<', to);
}
