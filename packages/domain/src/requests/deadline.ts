/**
 * The answer deadline of a request from its events (2019 条例 Arts. 30–35, decisions.md "Clock
 * details"): N working days after the period start (receipt, or receipt of the fixed request after
 * 补正), not counting the working days of pauses (consultations, fee notice → payment), plus any
 * extension. Every result carries the explanation shown to staff and to the applicant.
 */
import { chineseDate } from '../calendar/chinese-date.js';
import { addDays, isLegalDate } from '../dates.js';
import {
  catchCalendarGap,
  dayInfo,
  isWeekend,
  type Calendar,
  type CalendarGapResult,
  type DayKind,
} from '../calendar/calendar.js';
import { CLOSING_EVENTS, type CaseEvent, type ConsultationParty } from './case-events.js';
import { deadlineSummary } from './deadline-summary.js';
import { regimeFor, type Regime } from './regime.js';
import { nthWorkingDayAfter } from './working-days.js';

/** The other side of a consultation has 15 working days (Arts. 32, 34). */
export const CONSULTATION_DAYS = 15;
/** The 补正 notice goes out within 7 working days of receipt (Art. 30). */
export const SUPPLEMENT_NOTICE_DAYS = 7;

export interface DeadlineOptions {
  /** Period given to the applicant to fix the request (local, default 15 working days). */
  readonly supplementDays?: number;
  /** Period to pay a fee notice (local, default 20 working days). */
  readonly feePaymentDays?: number;
  /** Whether fee notice → payment pauses the clock (setting, default on). */
  readonly feePausesClock?: boolean;
}

export type PauseKind = ConsultationParty | 'fee';

export interface Pause {
  readonly kind: PauseKind;
  /** The day the letter or notice was sent (not itself paused). */
  readonly from: string;
  /** The last paused day: the answer or payment day, or the day the 15-working-day limit ends. */
  readonly to: string;
  /** answer / payment arrived; limit: the 15 days ran out; pending: still open, counted to its limit. */
  readonly endedBy: 'answer' | 'payment' | 'limit' | 'pending';
  /** Working days in (from, to]. Overlapping pauses are not counted twice in the deadline. */
  readonly workingDays: number;
}

export interface NamedDay {
  readonly date: string;
  readonly kind: DayKind;
  readonly name: string;
}

export type CaseState = 'running' | 'consulting' | 'awaiting_supplement' | 'awaiting_fee' | 'closed';

export interface DeadlineExplanation {
  readonly regime: Regime;
  readonly receivedOn: string;
  readonly periodStart: string;
  readonly periodStartReason: 'receipt' | 'supplement';
  readonly supplementRequestedOn: string | null;
  readonly answerDays: number;
  readonly extensionDays: number;
  /** answerDays + extensionDays: the working days counted from the period start. */
  readonly workingDaysCounted: number;
  readonly pauses: readonly Pause[];
  /** Holidays and local closures in (periodStart, deadline], skipped. */
  readonly holidays: readonly NamedDay[];
  /** 调休 and local working weekend days in (periodStart, deadline], counted. */
  readonly workingWeekends: readonly NamedDay[];
  /** The deadline without extension (for checking that an extension was decided in time). */
  readonly deadlineWithoutExtension: string | null;
  /** While awaiting 补正 or a fee payment: the day the applicant's period ends. */
  readonly waitingUntil: string | null;
  /** While awaiting a fee payment: working days already used of the period. */
  readonly workingDaysUsed: number | null;
  readonly warnings: readonly string[];
  /** The explanation in Chinese, one sentence a line. */
  readonly lines: readonly string[];
}

export type DeadlineResult =
  | {
      readonly ok: true;
      readonly state: CaseState;
      /** null while awaiting 补正 or a fee payment (the clock is not running towards a date). */
      readonly deadline: string | null;
      readonly explanation: DeadlineExplanation;
    }
  | { readonly ok: false; readonly code: DeadlineErrorCode; readonly message: string }
  | CalendarGapResult;

export type DeadlineErrorCode =
  | 'no_receipt'
  | 'invalid_date'
  | 'events_out_of_order'
  | 'case_closed'
  | 'supplement_once'
  | 'unexpected_event'
  | 'invalid_extension'
  | 'extension_exceeds_maximum';

class DeadlineInputError extends Error {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface Consultation {
  party: ConsultationParty;
  started: string;
  ended: string | null;
}

interface Fee {
  notified: string;
  paid: string | null;
}

/** The case as its events leave it. */
interface CaseFacts {
  received: string;
  supplement: { requested: string; dueDays: number; received: string | null } | null;
  consultations: Consultation[];
  fees: Fee[];
  extensions: { date: string; days: number }[];
  closedBy: CaseEvent | null;
}

const EVENT_LABELS: Record<CaseEvent['type'], string> = {
  received: '收到申请',
  supplementRequested: '告知补正',
  supplementReceived: '收到补正',
  supplementExpired: '逾期未补正',
  consultationStarted: '征求意见',
  consultationEnded: '收到征求意见答复',
  extended: '延长答复期限',
  feeNotified: '发出收费通知',
  feePaid: '缴纳费用',
  feeDeclined: '拒绝缴费',
  feeExpired: '逾期未缴费',
  withdrawn: '申请人撤回',
  closed: '办结',
};

function fail(code: DeadlineErrorCode, message: string): never {
  throw new DeadlineInputError(code, message);
}

function readEvents(events: readonly CaseEvent[], options: Required<DeadlineOptions>): CaseFacts {
  const first = events[0];
  if (!first || first.type !== 'received') fail('no_receipt', '尚未登记收到申请的日期');
  const facts: CaseFacts = {
    received: first.date,
    supplement: null,
    consultations: [],
    fees: [],
    extensions: [],
    closedBy: null,
  };
  let previous = first.date;
  for (const [i, event] of events.entries()) {
    const label = EVENT_LABELS[event.type];
    if (!isLegalDate(event.date)) fail('invalid_date', `“${label}”的日期无效：${event.date}`);
    if (event.date < previous) fail('events_out_of_order', `“${label}”的日期早于前一事件的日期`);
    previous = event.date;
    if (facts.closedBy) fail('case_closed', `申请已办结，不能再登记“${label}”`);
    if (CLOSING_EVENTS.includes(event.type)) facts.closedBy = event;
    const openFee = facts.fees.find((f) => f.paid === null);
    const awaitingSupplement = facts.supplement !== null && facts.supplement.received === null;
    switch (event.type) {
      case 'received':
        if (i > 0) fail('unexpected_event', '收到申请只能登记一次');
        break;
      case 'supplementRequested':
        if (facts.supplement) fail('supplement_once', '补正应一次性告知，不能再次要求补正');
        facts.supplement = { requested: event.date, dueDays: event.dueDays ?? options.supplementDays, received: null };
        break;
      case 'supplementReceived':
      case 'supplementExpired':
        if (!facts.supplement || !awaitingSupplement) fail('unexpected_event', `尚未告知补正，不能登记“${label}”`);
        if (event.type === 'supplementReceived') facts.supplement.received = event.date;
        break;
      case 'consultationStarted':
        facts.consultations.push({ party: event.party, started: event.date, ended: null });
        break;
      case 'consultationEnded': {
        const open = facts.consultations.find((c) => c.ended === null && (!event.party || c.party === event.party));
        if (!open) fail('unexpected_event', '没有正在进行的征求意见，不能登记答复');
        open.ended = event.date;
        break;
      }
      case 'extended': {
        if (!Number.isInteger(event.days) || event.days <= 0) fail('invalid_extension', '延长的工作日数应为正整数');
        const regime = regimeFor(facts.received);
        const max = regime.maxExtensionDays;
        const total = facts.extensions.reduce((sum, e) => sum + e.days, 0) + event.days;
        if (total > max) {
          fail(
            'extension_exceeds_maximum',
            `延长答复期限最多${max}个工作日（${regime.name}），本次延长后将达${total}个工作日`,
          );
        }
        facts.extensions.push({ date: event.date, days: event.days });
        break;
      }
      case 'feeNotified':
        if (openFee) fail('unexpected_event', '已有未缴费的收费通知');
        facts.fees.push({ notified: event.date, paid: null });
        break;
      case 'feePaid':
      case 'feeDeclined':
      case 'feeExpired':
        if (!openFee) fail('unexpected_event', `没有待缴费的收费通知，不能登记“${label}”`);
        if (event.type === 'feePaid') openFee.paid = event.date;
        break;
      case 'withdrawn':
      case 'closed':
        break;
    }
  }
  return facts;
}

function stateOf(facts: CaseFacts): CaseState {
  if (facts.closedBy) return 'closed';
  if (facts.supplement && facts.supplement.received === null) return 'awaiting_supplement';
  if (facts.fees.some((f) => f.paid === null)) return 'awaiting_fee';
  if (facts.consultations.some((c) => c.ended === null)) return 'consulting';
  return 'running';
}

function consultationPause(cal: Calendar, c: Consultation): Pause {
  const limit = nthWorkingDayAfter(cal, c.started, CONSULTATION_DAYS);
  const to = c.ended === null || c.ended > limit ? limit : c.ended;
  const endedBy = c.ended === null ? 'pending' : c.ended > limit ? 'limit' : 'answer';
  return { kind: c.party, from: c.started, to, endedBy, workingDays: workingDaysIn(cal, c.started, to) };
}

function workingDaysIn(cal: Calendar, from: string, to: string): number {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (dayInfo(cal, day).working) n++;
  return n;
}

function explain(cal: Calendar, facts: CaseFacts, options: Required<DeadlineOptions>) {
  const regime = regimeFor(facts.received);
  const state = stateOf(facts);
  const supplement = facts.supplement;
  const periodStart = supplement?.received ?? facts.received;
  const warnings: string[] = [];
  if (supplement) {
    const lastDay = nthWorkingDayAfter(cal, facts.received, SUPPLEMENT_NOTICE_DAYS);
    if (supplement.requested > lastDay)
      warnings.push(`补正告知晚于收到申请后${SUPPLEMENT_NOTICE_DAYS}个工作日（应不迟于${chineseDate(lastDay)}）`);
  }

  const pauses: Pause[] = facts.consultations.map((c) => consultationPause(cal, c));
  let openFee: Fee | undefined;
  if (options.feePausesClock) {
    for (const fee of facts.fees) {
      if (fee.paid === null) openFee = fee;
      else
        pauses.push({
          kind: 'fee',
          from: fee.notified,
          to: fee.paid,
          endedBy: 'payment',
          workingDays: workingDaysIn(cal, fee.notified, fee.paid),
        });
    }
  }
  pauses.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const paused = (day: string) => pauses.some((p) => p.from < day && day <= p.to);

  const extensionDays = facts.extensions.reduce((sum, e) => sum + e.days, 0);
  const total = regime.answerDays + extensionDays;
  const holidays: NamedDay[] = [];
  const workingWeekends: NamedDay[] = [];
  const waitingForApplicant = supplement?.received === null || openFee !== undefined;

  // Walk day by day from the period start, counting working days outside pauses. While the
  // applicant is awaited (补正, fee), walk only up to the letter to report the days used.
  const stopAt = supplement?.received === null ? periodStart : openFee?.notified;
  let deadline: string | null = null;
  let deadlineWithoutExtension: string | null = null;
  let counted = 0;
  for (let day = periodStart; stopAt === undefined ? counted < total : day < stopAt;) {
    day = addDays(day, 1);
    const info = dayInfo(cal, day);
    if (!info.working && info.name) holidays.push({ date: day, kind: info.kind, name: info.name });
    if (!info.working || paused(day)) continue;
    counted++;
    if (info.name && isWeekend(day)) workingWeekends.push({ date: day, kind: info.kind, name: info.name });
    if (counted === regime.answerDays) deadlineWithoutExtension = day;
    if (counted === total) deadline = day;
  }
  if (waitingForApplicant) deadline = null;
  const firstExtension = facts.extensions[0];
  if (firstExtension && deadlineWithoutExtension && firstExtension.date > deadlineWithoutExtension) {
    warnings.push(
      `延长答复期限的决定（${chineseDate(firstExtension.date)}）晚于原答复期限（${chineseDate(deadlineWithoutExtension)}）`,
    );
  }

  let waitingUntil: string | null = null;
  if (supplement && supplement.received === null)
    waitingUntil = nthWorkingDayAfter(cal, supplement.requested, supplement.dueDays);
  else if (openFee) waitingUntil = nthWorkingDayAfter(cal, openFee.notified, options.feePaymentDays);

  const base = {
    regime,
    receivedOn: facts.received,
    periodStart,
    periodStartReason: supplement?.received ? ('supplement' as const) : ('receipt' as const),
    supplementRequestedOn: supplement?.requested ?? null,
    answerDays: regime.answerDays,
    extensionDays,
    workingDaysCounted: total,
    pauses,
    holidays,
    workingWeekends,
    deadlineWithoutExtension: waitingForApplicant ? null : deadlineWithoutExtension,
    waitingUntil,
    workingDaysUsed: openFee ? counted : null,
    warnings,
  };
  const explanation: DeadlineExplanation = {
    ...base,
    lines: deadlineSummary({
      ...base,
      deadline,
      extensions: facts.extensions,
      awaitingSupplement: supplement?.received === null,
      awaitingFeeSince: openFee?.notified ?? null,
    }),
  };
  return { ok: true as const, state, deadline, explanation };
}

/** The deadline of a case from its events (in the order they happened), with its explanation. */
export function computeDeadline(
  cal: Calendar,
  events: readonly CaseEvent[],
  options: DeadlineOptions = {},
): DeadlineResult {
  const settings: Required<DeadlineOptions> = {
    supplementDays: options.supplementDays ?? 15,
    feePaymentDays: options.feePaymentDays ?? 20,
    feePausesClock: options.feePausesClock ?? true,
  };
  try {
    const facts = readEvents(events, settings);
    return catchCalendarGap(() => explain(cal, facts, settings));
  } catch (error) {
    if (error instanceof DeadlineInputError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
