import { APPEAL_KINDS, APPLICANT_CATEGORIES, OUTCOME_CODES, addDays, type OutcomeCode } from '@gongkai/domain';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../connect.js';
import type { RequestAppealTable, RequestCaseTable, RequestEventTable } from '../schema.js';
import { createRandom, type Random } from './random.js';

export interface BenchRequestOptions {
  /** Received dates span these years (default 2019–2025: the 2019 and 2021 report formats). */
  fromYear?: number;
  toYear?: number;
}

/** Cases per transaction; rows per INSERT stay under SQLite's 32,766 bound parameters. */
const BATCH = 20_000;
const CHUNK = 500;

/** Outcomes as an office sees them: mostly disclosed, the refusals and other closures rarer. */
const OUTCOME_WEIGHTS: Record<string, number> = { '1': 40, '2': 10, '3': 1.2, '4': 2.5, '5': 1.5, '6': 1.5 };

function pickOutcome(r: Random): OutcomeCode {
  const weights = OUTCOME_CODES.map((code) => OUTCOME_WEIGHTS[code.split('.')[0]!]!);
  let roll = r.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < OUTCOME_CODES.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return OUTCOME_CODES[i]!;
  }
  return '1';
}

/** Seven in ten applicants are people; the organizations spread over the five categories. */
const pickCategory = (r: Random) => (r.next() < 0.7 ? APPLICANT_CATEGORIES[0] : r.pick(APPLICANT_CATEGORIES.slice(1)));

/**
 * Adds `n` request cases to the organization for the annual-report bench: received over several
 * years, nearly all closed with an outcome within about two months (a few still open, a few never
 * received), fees paid on about one in a hundred, reviews and lawsuits on one in two hundred, with
 * their received / fee / closed events. Sealed fields hold a placeholder: the cases count and
 * list, but cannot be opened in the console.
 */
export async function insertBenchRequests(
  db: Db,
  organizationId: number,
  n: number,
  options: BenchRequestOptions = {},
): Promise<void> {
  const fromYear = options.fromYear ?? 2019;
  const toYear = options.toYear ?? 2025;
  const first = `${fromYear}-01-01`;
  const span = Math.round((Date.parse(`${toYear}-12-31`) - Date.parse(first)) / 86_400_000);
  const lastDay = `${toYear}-12-31`;
  const r = createRandom(n + organizationId);
  const { offset } = await db.db
    .selectFrom('request_cases')
    .select((eb) => eb.fn.coalesce(eb.fn.max('id'), sql<number>`0`).as('offset'))
    .executeTakeFirstOrThrow();

  if (db.dialect === 'sqlite') await sql`PRAGMA synchronous = OFF`.execute(db.db);
  try {
    for (let done = 0; done < n;) {
      const size = Math.min(BATCH, n - done);
      const cases: Insertable<RequestCaseTable>[] = [];
      const plans: { events: [string, string][]; appeal: Omit<Insertable<RequestAppealTable>, 'case_id'> | null }[] =
        [];
      for (let i = 0; i < size; i++) {
        const seq = Number(offset) + done + i + 1;
        const submitted = addDays(first, r.int(0, span));
        const received = r.next() < 0.003 ? null : addDays(submitted, r.int(0, 2));
        const open = received === null || r.next() < 0.01 || addDays(received, 60) > lastDay;
        const closed = open || received === null ? null : addDays(received, r.int(1, 45));
        const outcome = closed ? pickOutcome(r) : null;
        const fee = closed !== null && r.next() < 0.01 ? r.int(1, 20) * 50 : null;
        const category = pickCategory(r);
        const at = `${submitted}T02:00:00.000Z`;
        cases.push({
          organization_id: organizationId,
          tracking_no: `BENCH${organizationId}X${seq}`,
          access_code_hash: '!bench',
          channel: r.pick(['online', 'in_person', 'letter', 'email']),
          submitted_at: at,
          received_on: received,
          regime: received ? '2019' : '',
          state: received === null ? 'pending_receipt' : closed ? 'closed' : 'running',
          deadline: received ? addDays(received, 28) : null,
          applicant_kind: category === APPLICANT_CATEGORIES[0] ? 'person' : 'organization',
          applicant_category: category,
          applicant_display:
            category === APPLICANT_CATEGORIES[0] ? `${r.pick(['张', '李', '王', '陈', '刘'])}*` : '某单位',
          applicant_sealed: '!bench',
          applicant_hash: `bench${seq % 50_000}`,
          description: '申请公开本机关相关政府信息',
          delivery_form: 'electronic',
          delivery_channel: 'email',
          assignee_id: null,
          fee_method: fee ? 'by_item' : null,
          fee_amount: fee,
          fee_status: fee ? 'paid' : null,
          outcome_code: outcome,
          closed_on: closed,
          created_by: null,
          created_at: at,
          updated_at: at,
        });
        const events: [string, string][] = [];
        if (received) events.push(['received', received]);
        if (fee && closed) events.push(['feeNotified', addDays(received!, 1)], ['feePaid', addDays(received!, 3)]);
        if (closed) events.push(['closed', closed]);
        const appealed = closed !== null && r.next() < 0.005;
        const filed = appealed ? addDays(closed!, r.int(5, 60)) : null;
        const decided = filed && r.next() < 0.8 ? addDays(filed, r.int(30, 90)) : null;
        plans.push({
          events,
          appeal: filed
            ? {
                organization_id: organizationId,
                kind: r.pick(APPEAL_KINDS),
                filed_on: filed,
                result: decided ? r.pick(['upheld', 'corrected', 'other']) : 'pending',
                decided_on: decided,
                created_by: null,
                created_at: at,
                updated_at: at,
              }
            : null,
        });
      }
      await db.db.transaction().execute(async (trx) => {
        for (let start = 0; start < cases.length; start += CHUNK) {
          const chunk = cases.slice(start, start + CHUNK);
          const inserted = await trx
            .insertInto('request_cases')
            .values(chunk)
            .returning(['id', 'tracking_no'])
            .execute();
          const idOf = new Map(inserted.map((row) => [row.tracking_no, row.id]));
          const events: Insertable<RequestEventTable>[] = [];
          const appeals: Insertable<RequestAppealTable>[] = [];
          chunk.forEach((c, k) => {
            const caseId = idOf.get(c.tracking_no)!;
            const plan = plans[start + k]!;
            for (const [type, date] of plan.events)
              events.push({
                case_id: caseId,
                type,
                date,
                actor_id: null,
                actor_name: '办理人',
                created_at: c.created_at,
              });
            if (plan.appeal) appeals.push({ ...plan.appeal, case_id: caseId });
          });
          for (let e = 0; e < events.length; e += CHUNK)
            await trx
              .insertInto('request_events')
              .values(events.slice(e, e + CHUNK))
              .execute();
          if (appeals.length) await trx.insertInto('request_appeals').values(appeals).execute();
        }
      });
      done += size;
    }
  } finally {
    if (db.dialect === 'sqlite') await sql`PRAGMA synchronous = NORMAL`.execute(db.db);
  }
  await sql`ANALYZE`.execute(db.db);
}
