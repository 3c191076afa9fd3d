/** When the calendar changes, the deadlines of open cases are recomputed and the changes reported. */
import type { Calendar } from '../calendar/calendar.js';
import type { CaseEvent } from './case-events.js';
import { computeDeadline, type DeadlineOptions, type DeadlineResult } from './deadline.js';

export interface OpenCase<Id> {
  readonly id: Id;
  readonly events: readonly CaseEvent[];
  /** The deadline stored with the case, computed with the previous calendar. */
  readonly deadline: string | null;
}

export function recomputeDeadlines<Id>(
  cal: Calendar,
  cases: readonly OpenCase<Id>[],
  options: DeadlineOptions = {},
): { id: Id; result: DeadlineResult; changed: boolean }[] {
  return cases.map(({ id, events, deadline }) => {
    const result = computeDeadline(cal, events, options);
    const changed = !result.ok || result.deadline !== deadline;
    return { id, result, changed };
  });
}
