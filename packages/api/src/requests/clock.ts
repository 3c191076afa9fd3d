/**
 * A case's statutory clock as stored: the domain computes state and deadline from the events; the
 * case row keeps both so lists sort and filter by deadline, and they are refreshed after every
 * event and whenever the calendar changes.
 */
import type { Kysely, Selectable } from 'kysely';
import { requestsRepo, type Database, type RequestCaseTable, type RequestEventTable } from '@gongkai/db';
import {
  computeDeadline,
  recomputeDeadlines,
  type Calendar,
  type CaseEvent,
  type CaseEventType,
  type DeadlineResult,
  type RequestCaseState,
} from '@gongkai/domain';

type EventRow = Pick<Selectable<RequestEventTable>, 'type' | 'date' | 'detail'>;
type CaseRow = Selectable<RequestCaseTable>;

const CLOCK_EVENTS: ReadonlySet<string> = new Set<CaseEventType>([
  'received',
  'supplementRequested',
  'supplementReceived',
  'supplementExpired',
  'consultationStarted',
  'consultationEnded',
  'extended',
  'feeNotified',
  'feePaid',
  'feeDeclined',
  'feeExpired',
  'withdrawn',
  'closed',
]);

/** The stored events that move the clock, as domain events (timeline-only steps are skipped). */
export function clockEvents(rows: readonly EventRow[]): CaseEvent[] {
  return rows
    .filter((r) => CLOCK_EVENTS.has(r.type))
    .map((r) => ({ ...(JSON.parse(r.detail) as object), type: r.type, date: r.date }) as CaseEvent);
}

export function evaluate(cal: Calendar, events: readonly EventRow[]): DeadlineResult {
  return computeDeadline(cal, clockEvents(events));
}

/** The state a case row stores: before receipt it waits for staff; after, what the domain says. */
export function stateOf(received: boolean, result: DeadlineResult, previous: string): RequestCaseState {
  if (!received) return previous === 'closed' ? 'closed' : 'pending_receipt';
  return result.ok ? result.state : (previous as RequestCaseState);
}

/** Re-reads the case's events and stores its state and deadline; returns the evaluation. */
export async function refreshCase(trx: Kysely<Database>, c: CaseRow, cal: Calendar, at: string) {
  const events = await requestsRepo.listEvents(trx, c.id);
  const result = evaluate(cal, events);
  const received = c.received_on !== null;
  await requestsRepo.updateCase(trx, c.id, {
    state: stateOf(received, result, c.state),
    deadline: received && result.ok ? result.deadline : c.deadline,
    regime: received && result.ok ? result.explanation.regime.name : c.regime,
    updated_at: at,
  });
  return { result, events };
}

/** After a calendar change: every open case's deadline again; returns how many moved. */
export async function recomputeOpenCases(trx: Kysely<Database>, cal: Calendar, at: string): Promise<number> {
  const open = await requestsRepo.listOpenReceived(trx);
  const rows = await requestsRepo.listEventsOf(
    trx,
    open.map((c) => c.id),
  );
  const eventsOf = new Map<number, EventRow[]>();
  for (const r of rows) eventsOf.set(r.case_id, [...(eventsOf.get(r.case_id) ?? []), r]);
  const results = recomputeDeadlines(
    cal,
    open.map((c) => ({ id: c.id, deadline: c.deadline, events: clockEvents(eventsOf.get(c.id) ?? []) })),
  );
  let moved = 0;
  for (const { id, result, changed } of results) {
    if (!changed || !result.ok) continue;
    await requestsRepo.updateCase(trx, id, { deadline: result.deadline, state: result.state, updated_at: at });
    moved++;
  }
  return moved;
}
