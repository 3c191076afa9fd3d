import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  Database,
  RequestAppealTable,
  RequestCaseTable,
  RequestEventTable,
  RequestFileTable,
  RequestNoteTable,
} from '../schema.js';

/** Query module for request cases (依申请公开) and what hangs off them. */
type Q = Kysely<Database>;

export async function insertCase(q: Q, row: Insertable<RequestCaseTable>): Promise<number> {
  const { id } = await q.insertInto('request_cases').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findCase = (q: Q, id: number) =>
  q.selectFrom('request_cases').selectAll().where('id', '=', id).executeTakeFirst();

export const findByTrackingNo = (q: Q, trackingNo: string) =>
  q.selectFrom('request_cases').selectAll().where('tracking_no', '=', trackingNo).executeTakeFirst();

export async function updateCase(q: Q, id: number, changes: Updateable<RequestCaseTable>): Promise<void> {
  await q.updateTable('request_cases').set(changes).where('id', '=', id).execute();
}

export async function insertEvent(q: Q, row: Insertable<RequestEventTable>): Promise<number> {
  const { id } = await q.insertInto('request_events').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const listEvents = (q: Q, caseId: number) =>
  q.selectFrom('request_events').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

/** The events of many cases at once (recomputing deadlines after a calendar change). */
export const listEventsOf = (q: Q, caseIds: readonly number[]) =>
  caseIds.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('request_events')
        .selectAll()
        .where('case_id', 'in', [...caseIds])
        .orderBy('case_id')
        .orderBy('id')
        .execute();

export async function insertNote(q: Q, row: Insertable<RequestNoteTable>): Promise<void> {
  await q.insertInto('request_notes').values(row).execute();
}

export const listNotes = (q: Q, caseId: number) =>
  q.selectFrom('request_notes').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export async function insertFile(q: Q, row: Insertable<RequestFileTable>): Promise<void> {
  await q.insertInto('request_files').values(row).execute();
}

export const listFiles = (q: Q, caseId: number) =>
  q
    .selectFrom('request_files')
    .innerJoin('files', 'files.id', 'request_files.file_id')
    .select([
      'request_files.id',
      'request_files.file_id',
      'request_files.kind',
      'request_files.title',
      'request_files.event_id',
      'request_files.created_at',
      'files.file_name',
      'files.size',
    ])
    .where('request_files.case_id', '=', caseId)
    .orderBy('request_files.id')
    .execute();

export async function insertAppeal(q: Q, row: Insertable<RequestAppealTable>): Promise<number> {
  const { id } = await q.insertInto('request_appeals').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findAppeal = (q: Q, id: number) =>
  q.selectFrom('request_appeals').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateAppeal(q: Q, id: number, changes: Updateable<RequestAppealTable>): Promise<void> {
  await q.updateTable('request_appeals').set(changes).where('id', '=', id).execute();
}

export const listAppeals = (q: Q, caseId: number) =>
  q.selectFrom('request_appeals').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export interface CaseFilter {
  organizationId: number;
  view: 'open' | 'closed' | 'all';
  /** Deadline at or before this day (overdue: yesterday; soon: a few working days ahead). */
  deadlineUpTo?: string;
  /** Deadline on or after this day (soon excludes the overdue). */
  deadlineFrom?: string;
  assigneeId?: number;
  channel?: string;
  /** Matches the tracking number or the description. */
  text?: string;
}

function filtered(q: Q, f: CaseFilter) {
  let query = q.selectFrom('request_cases').where('request_cases.organization_id', '=', f.organizationId);
  if (f.view === 'open') query = query.where('request_cases.state', '!=', 'closed');
  if (f.view === 'closed') query = query.where('request_cases.state', '=', 'closed');
  if (f.deadlineUpTo) query = query.where('request_cases.deadline', '<=', f.deadlineUpTo);
  if (f.deadlineFrom) query = query.where('request_cases.deadline', '>=', f.deadlineFrom);
  if (f.assigneeId !== undefined) query = query.where('request_cases.assignee_id', '=', f.assigneeId);
  if (f.channel) query = query.where('request_cases.channel', '=', f.channel);
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('request_cases.tracking_no', '=', f.text!.toUpperCase()),
        eb('request_cases.description', 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  return query;
}

/** Ordered by deadline (none last), then oldest first: what is due comes first. */
export async function listCases(q: Q, f: CaseFilter, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    filtered(q, f)
      .leftJoin('users', 'users.id', 'request_cases.assignee_id')
      .selectAll('request_cases')
      .select('users.display_name as assignee_name')
      .orderBy(sql`case when request_cases.deadline is null then 1 else 0 end`)
      .orderBy('request_cases.deadline')
      .orderBy('request_cases.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(q, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n),
  ]);
  return { rows, total };
}

/** Received, not closed: the cases whose deadline a calendar change can move. */
export const listOpenReceived = (q: Q) =>
  q
    .selectFrom('request_cases')
    .select(['id', 'deadline', 'state'])
    .where('state', '!=', 'closed')
    .where('received_on', 'is not', null)
    .execute();

/** The applicant's applications to the organization received in [from, to] (按件 fees count per month). */
export async function countByApplicant(q: Q, organizationId: number, applicantHash: string, from: string, to: string) {
  const row = await q
    .selectFrom('request_cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('applicant_hash', '=', applicantHash)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Figures of one year for the annual report's table 三 and 四 (dates are YYYY-MM-DD text). */
export async function yearFigures(q: Q, organizationId: number, yearStart: string, yearEnd: string) {
  const base = () => q.selectFrom('request_cases').where('organization_id', '=', organizationId);
  const count = (query: ReturnType<typeof base>) =>
    query
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n);
  const notClosedBy = (day: string) =>
    base()
      .where('received_on', 'is not', null)
      .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', day)]));
  const [received, carriedOver, carriedForward, outcomes, fees, appeals] = await Promise.all([
    count(base().where('received_on', '>=', yearStart).where('received_on', '<=', yearEnd)),
    count(notClosedBy(dayBefore(yearStart)).where('received_on', '<', yearStart)),
    count(notClosedBy(yearEnd).where('received_on', '<=', yearEnd)),
    base()
      .select(['outcome_code', 'applicant_category', (eb) => eb.fn.countAll<number>().as('n')])
      .where('received_on', 'is not', null)
      .where('closed_on', '>=', yearStart)
      .where('closed_on', '<=', yearEnd)
      .where('outcome_code', 'is not', null)
      .groupBy(['outcome_code', 'applicant_category'])
      .execute(),
    q
      .selectFrom('request_events')
      .innerJoin('request_cases', 'request_cases.id', 'request_events.case_id')
      .select((eb) => eb.fn.sum<number>('request_cases.fee_amount').as('total'))
      .where('request_cases.organization_id', '=', organizationId)
      .where('request_events.type', '=', 'feePaid')
      .where('request_events.date', '>=', yearStart)
      .where('request_events.date', '<=', yearEnd)
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('request_appeals')
      .select(['kind', 'result', (eb) => eb.fn.countAll<number>().as('n')])
      .where('organization_id', '=', organizationId)
      .where('filed_on', '>=', yearStart)
      .where('filed_on', '<=', yearEnd)
      .groupBy(['kind', 'result'])
      .execute(),
  ]);
  return { received, carriedOver, carriedForward, outcomes, feesCollected: Number(fees.total ?? 0), appeals };
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export async function isCaseFile(q: Q, fileId: number): Promise<boolean> {
  const row = await q.selectFrom('request_files').select('id').where('file_id', '=', fileId).executeTakeFirst();
  return row !== undefined;
}

/** The dashboard's request figures: open cases, waiting for receipt, overdue (before `today`), due by `soon`. */
export async function dueCounts(q: Q, organizationId: number, today: string, soon: string) {
  const row = await q
    .selectFrom('request_cases')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('state', '=', 'pending_receipt').then(1).else(0).end()).as('pending'),
      eb.fn.sum<number>(eb.case().when('deadline', '<', today).then(1).else(0).end()).as('overdue'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('deadline', '>=', today), eb('deadline', '<=', soon)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('soon'),
    ])
    .where('organization_id', '=', organizationId)
    .where('state', '!=', 'closed')
    .executeTakeFirstOrThrow();
  return {
    open: Number(row.open),
    pendingReceipt: Number(row.pending ?? 0),
    overdue: Number(row.overdue ?? 0),
    soon: Number(row.soon ?? 0),
  };
}
