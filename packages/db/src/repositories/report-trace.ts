import {
  APPEAL_KIND_LABELS,
  APPEAL_RESULT_LABELS,
  CASE_STATE_LABELS,
  COMMENT_STATUS_LABELS,
  MESSAGE_STATUS_LABELS,
  isOutcomeCode,
  outcomeLabel,
  shanghaiDate,
  type TraceRef,
} from '@gongkai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { normativeStatus } from './normative-status.js';
import {
  appealsIn,
  catalogueIn,
  columnItemsIn,
  commentsIn,
  consultationsIn,
  feesPaidIn,
  firstReplyAt,
  hotlineCallsIn,
  messagesIn,
  messagesRepliedIn,
  requestCasesIn,
  topCategories,
  viewsIn,
  yearPeriod,
  type Period,
} from './report-sets.js';

/**
 * Query module for the lists behind the report's numbers (click a number → its records). Every
 * list is the very set its figure counts (report-sets). Requests show the tracking number and the
 * masked applicant only, never sealed data.
 */
type Q = Kysely<Database>;

export interface TraceItem {
  id: number;
  kind: 'request' | 'appeal' | 'publication' | 'consultation' | 'comment' | 'message' | 'hotline';
  title: string;
  /** YYYY-MM-DD: the day that puts the record in the set (received, closed, published, filed …). */
  date: string | null;
  detail: string;
}

export interface TracePage {
  limit: number;
  offset: number;
}

export interface TraceResult {
  total: number;
  items: TraceItem[];
}

const COUNT = sql<number | string>`count(*)`.as('n');
const DISTINCT_COUNT = (column: string) => sql<number | string>`count(distinct ${sql.ref(column)})`.as('n');

async function listed<R>(
  total: Promise<{ n: unknown } | undefined>,
  rows: Promise<R[]>,
  toItem: (row: R) => TraceItem,
): Promise<TraceResult> {
  const [t, r] = await Promise.all([total, rows]);
  return { total: Number(t?.n ?? 0), items: r.map(toItem) };
}

export async function traceRecords(
  q: Q,
  organizationId: number,
  year: number,
  ref: TraceRef,
  page: TracePage,
): Promise<TraceResult> {
  const period = yearPeriod(year);
  switch (ref.kind) {
    case 'requests':
      return traceRequests(q, organizationId, period, ref, page);
    case 'appeals':
      return traceAppeals(q, organizationId, period, ref, page);
    case 'publications':
      return tracePublications(q, organizationId, period, ref, page);
    case 'normative':
      return traceNormative(q, organizationId, year, ref, page);
    case 'views':
      return traceViews(q, organizationId, period, page);
    case 'participation':
      return traceParticipation(q, organizationId, period, ref, page);
    case 'fees':
      return traceFees(q, organizationId, period, page);
  }
}

function traceRequests(
  q: Q,
  organizationId: number,
  period: Period,
  ref: Extract<TraceRef, { kind: 'requests' }>,
  page: TracePage,
) {
  let cases = requestCasesIn(q, organizationId, period, ref.set);
  if (ref.category !== null) cases = cases.where('r.applicant_category', '=', ref.category);
  if (ref.set === 'closed' && ref.outcome !== null) cases = cases.where('r.outcome_code', '=', ref.outcome);
  const day = ref.set === 'closed' ? 'r.closed_on' : 'r.received_on';
  // The page is found in the index alone; only its rows are read.
  const pageIds = cases.select('r.id').orderBy(day).orderBy('r.id').limit(page.limit).offset(page.offset);
  return listed(
    cases.select(COUNT).executeTakeFirst(),
    q
      .selectFrom('request_cases as r')
      .select([
        'r.id',
        'r.tracking_no',
        'r.applicant_display',
        'r.applicant_category',
        'r.state',
        'r.outcome_code',
        'r.received_on',
        'r.closed_on',
      ])
      .where('r.id', 'in', pageIds)
      .orderBy(day)
      .orderBy('r.id')
      .execute(),
    (r) => {
      const code = r.outcome_code ?? '';
      const result = isOutcomeCode(code)
        ? outcomeLabel(code)
        : (CASE_STATE_LABELS[r.state as keyof typeof CASE_STATE_LABELS] ?? r.state);
      return {
        id: r.id,
        kind: 'request',
        title: `${r.tracking_no} ${r.applicant_display}`,
        date: ref.set === 'closed' ? r.closed_on : r.received_on,
        detail: `${r.applicant_category} · ${result}`,
      };
    },
  );
}

function traceAppeals(
  q: Q,
  organizationId: number,
  period: Period,
  ref: Extract<TraceRef, { kind: 'appeals' }>,
  page: TracePage,
) {
  let appeals = appealsIn(q, organizationId, period).where('a.kind', '=', ref.appealKind);
  if (ref.result !== null) appeals = appeals.where('a.result', '=', ref.result);
  return listed(
    appeals.select(COUNT).executeTakeFirst(),
    appeals
      .innerJoin('request_cases as r', 'r.id', 'a.case_id')
      .select(['a.id', 'a.kind', 'a.result', 'a.filed_on', 'a.decided_on', 'r.tracking_no', 'r.applicant_display'])
      .orderBy('a.filed_on')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    (a) => ({
      id: a.id,
      kind: 'appeal',
      title: `${a.tracking_no} ${a.applicant_display}`,
      date: a.filed_on,
      detail: [
        APPEAL_KIND_LABELS[a.kind as keyof typeof APPEAL_KIND_LABELS] ?? a.kind,
        APPEAL_RESULT_LABELS[a.result as keyof typeof APPEAL_RESULT_LABELS] ?? a.result,
        a.decided_on ? `${a.decided_on}审结` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  );
}

const publicationItem = (p: {
  id: number;
  title: string;
  publish_date: string | null;
  index_no?: string | null;
  doc_number: string;
}): TraceItem => ({
  id: p.id,
  kind: 'publication',
  title: p.title,
  date: p.publish_date,
  detail: [p.index_no ?? '', p.doc_number].filter(Boolean).join(' · '),
});

async function tracePublications(
  q: Q,
  organizationId: number,
  period: Period,
  ref: Extract<TraceRef, { kind: 'publications' }>,
  page: TracePage,
) {
  const items = await publicationSet(q, organizationId, period, ref);
  if (!items) return { total: 0, items: [] };
  // The page is found in the index alone; only its rows are read.
  const pageIds = items.select('p.id').orderBy('p.publish_date').orderBy('p.id').limit(page.limit).offset(page.offset);
  return listed(
    items.select(COUNT).executeTakeFirst(),
    q
      .selectFrom('publications as p')
      .select(['p.id', 'p.title', 'p.publish_date', 'p.index_no', 'p.doc_number'])
      .where('p.id', 'in', pageIds)
      .orderBy('p.publish_date')
      .orderBy('p.id')
      .execute(),
    publicationItem,
  );
}

/** The publications a publication figure counts, as a query over `publications as p`; null: none. */
async function publicationSet(
  q: Q,
  organizationId: number,
  period: Period,
  ref: Extract<TraceRef, { kind: 'publications' }>,
) {
  if (ref.set === 'column') {
    const members = columnItemsIn(q, organizationId, period).where('c.slug', '=', ref.key ?? '');
    return q.selectFrom('publications as p').where('p.id', 'in', members.select('pc.publication_id'));
  }
  let items = catalogueIn(q, organizationId, period);
  if (ref.set === 'documents') items = items.where('p.doc_number', '!=', '');
  if (ref.set === 'normative') items = items.where('p.is_normative', '=', 1);
  if (ref.set === 'category') {
    const categories = await q
      .selectFrom('categories')
      .select(['id', 'parent_id'])
      .where('organization_id', '=', organizationId)
      .execute();
    const rootOf = topCategories(categories);
    const ids = categories.filter((c) => String(rootOf(c.id)) === ref.key).map((c) => c.id);
    if (ids.length === 0) return null;
    items = items.where('p.category_id', 'in', ids);
  }
  return items;
}

async function traceNormative(
  q: Q,
  organizationId: number,
  year: number,
  ref: Extract<TraceRef, { kind: 'normative' }>,
  page: TracePage,
): Promise<TraceResult> {
  const items = (await normativeStatus(q, organizationId, year)).filter(
    (item) => item.tier === ref.tier && item.sets.includes(ref.set),
  );
  return { total: items.length, items: items.slice(page.offset, page.offset + page.limit).map(publicationItem) };
}

/** The items read in the year, most read first; only the page's items are looked up. */
function traceViews(q: Q, organizationId: number, period: Period, page: TracePage) {
  const views = viewsIn(q, organizationId, period);
  const perItem = views
    .select((eb) => ['v.publication_id', eb.fn.sum<number | string>('v.count').as('views')])
    .groupBy('v.publication_id')
    .orderBy('views', 'desc')
    .orderBy('v.publication_id')
    .limit(page.limit)
    .offset(page.offset);
  return listed(
    views.select(DISTINCT_COUNT('v.publication_id')).executeTakeFirst(),
    q
      .selectFrom(perItem.as('t'))
      .innerJoin('publications as p', 'p.id', 't.publication_id')
      .select(['p.id', 'p.title', 'p.publish_date', 't.views'])
      .orderBy('t.views', 'desc')
      .orderBy('p.id')
      .execute(),
    (p) => ({
      id: p.id,
      kind: 'publication',
      title: p.title,
      date: p.publish_date,
      detail: `${Number(p.views)} 人次`,
    }),
  );
}

function traceParticipation(
  q: Q,
  organizationId: number,
  period: Period,
  ref: Extract<TraceRef, { kind: 'participation' }>,
  page: TracePage,
) {
  const { limit, offset } = page;
  switch (ref.set) {
    case 'consultations': {
      const rows = consultationsIn(q, organizationId, period);
      return listed(
        rows.select(COUNT).executeTakeFirst(),
        rows
          .select(['c.id', 'c.title', 'c.open_date', 'c.close_date'])
          .orderBy('c.open_date')
          .orderBy('c.id')
          .limit(limit)
          .offset(offset)
          .execute(),
        (c) => ({
          id: c.id,
          kind: 'consultation',
          title: c.title,
          date: c.open_date,
          detail: `征求意见期 ${c.open_date} 至 ${c.close_date}`,
        }),
      );
    }
    case 'comments': {
      const rows = commentsIn(q, organizationId, period);
      return listed(
        rows.select(COUNT).executeTakeFirst(),
        rows
          .select(['k.id', 'k.tracking_no', 'k.status', 'k.created_at', 'c.title'])
          .orderBy('k.created_at')
          .orderBy('k.id')
          .limit(limit)
          .offset(offset)
          .execute(),
        (k) => ({
          id: k.id,
          kind: 'comment',
          title: `${k.tracking_no} 对《${k.title}》的意见`,
          date: shanghaiDate(k.created_at),
          detail: COMMENT_STATUS_LABELS[k.status as keyof typeof COMMENT_STATUS_LABELS] ?? k.status,
        }),
      );
    }
    case 'messages':
    case 'messagesReplied': {
      const replied = ref.set === 'messagesReplied';
      const rows = replied ? messagesRepliedIn(q, organizationId, period) : messagesIn(q, organizationId, period);
      return listed(
        rows.select(COUNT).executeTakeFirst(),
        rows
          .select((eb) => [
            'm.id',
            'm.tracking_no',
            'm.subject',
            'm.type',
            'm.status',
            'm.received_on',
            firstReplyAt(eb).as('first_reply_at'),
          ])
          .orderBy(replied ? 'first_reply_at' : 'm.received_on')
          .orderBy('m.id')
          .limit(limit)
          .offset(offset)
          .execute(),
        (m) => ({
          id: m.id,
          kind: 'message',
          title: `${m.tracking_no} ${m.subject}`,
          date: replied && m.first_reply_at ? shanghaiDate(m.first_reply_at) : m.received_on,
          detail: `${m.type} · ${MESSAGE_STATUS_LABELS[m.status as keyof typeof MESSAGE_STATUS_LABELS] ?? m.status}`,
        }),
      );
    }
    case 'hotlineCalls': {
      const rows = hotlineCallsIn(q, organizationId, period);
      return listed(
        rows.select(COUNT).executeTakeFirst(),
        rows
          .select(['h.id', 'h.topic', 'h.called_at', 'h.caller_masked', 'h.handled_by_name'])
          .orderBy('h.called_at')
          .orderBy('h.id')
          .limit(limit)
          .offset(offset)
          .execute(),
        (h) => ({
          id: h.id,
          kind: 'hotline',
          title: h.topic,
          date: shanghaiDate(h.called_at),
          detail: `${h.caller_masked} · ${h.handled_by_name}`,
        }),
      );
    }
  }
}

function traceFees(q: Q, organizationId: number, period: Period, page: TracePage) {
  const paid = feesPaidIn(q, organizationId, period);
  return listed(
    paid.select(DISTINCT_COUNT('r.id')).executeTakeFirst(),
    paid
      .select((eb) => [
        'r.id',
        'r.tracking_no',
        'r.applicant_display',
        'r.fee_amount',
        eb.fn.min<string>('e.date').as('paid_on'),
      ])
      .groupBy(['r.id', 'r.tracking_no', 'r.applicant_display', 'r.fee_amount'])
      .orderBy('paid_on')
      .orderBy('r.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    (r) => ({
      id: r.id,
      kind: 'request',
      title: `${r.tracking_no} ${r.applicant_display}`,
      date: r.paid_on,
      detail: `信息处理费 ${Number(r.fee_amount ?? 0)} 元`,
    }),
  );
}
