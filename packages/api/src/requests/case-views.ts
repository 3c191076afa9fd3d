/** What staff and applicants see of a case: list rows, the console's case page, the tracking page. */
import type { Kysely } from 'kysely';
import { organizationsRepo, requestsRepo, usersRepo, type Database } from '@gongkai/db';
import {
  addDays,
  allowedCaseActions,
  applicantActions,
  CASE_STATE_LABELS,
  catchCalendarGap,
  DELIVERY_CHANNEL_LABELS,
  DELIVERY_FORM_LABELS,
  FEE_METHOD_LABELS,
  FEE_STATUS_LABELS,
  APPEAL_KIND_LABELS,
  APPEAL_RESULT_LABELS,
  nthWorkingDayAfter,
  outcomeLabel,
  receiptDateForOnline,
  REQUEST_CHANNEL_LABELS,
  REQUEST_FILE_KIND_LABELS,
  hasRole,
  type AppealKind,
  type AppealResult,
  type Calendar,
  type DeadlineResult,
  type DeliveryChannel,
  type DeliveryForm,
  type FeeMethod,
  type FeeStatus,
  type OutcomeCode,
  type RequestCaseState,
  type RequestChannel,
  type RequestFileKind,
} from '@gongkai/domain';
import type { StaffUser } from '../sessions.js';
import { applicantView, openApplicant } from './applicant.js';
import { factsOf, type CaseRow, type EventRow } from './case-access.js';
import { evaluate } from './clock.js';
import { eventLabel, isPublicEvent } from './timeline.js';

/** 即将到期: due within this many working days. */
const SOON_WORKING_DAYS = 3;

export type Due = 'overdue' | 'soon' | null;

/** The last day that still counts as 即将到期 (calendar gaps fall back to calendar days). */
export function soonLimit(cal: Calendar, today: string): string {
  const r = catchCalendarGap(() => nthWorkingDayAfter(cal, today, SOON_WORKING_DAYS));
  return typeof r === 'string' ? r : addDays(today, SOON_WORKING_DAYS);
}

export function dueOf(row: Pick<CaseRow, 'state' | 'deadline'>, today: string, soon: string): Due {
  if (row.state === 'closed' || !row.deadline) return null;
  if (row.deadline < today) return 'overdue';
  return row.deadline <= soon ? 'soon' : null;
}

const summaryOf = (text: string) => ([...text].length > 60 ? `${[...text].slice(0, 60).join('')}…` : text);

export function caseRow(row: CaseRow & { assignee_name?: string | null }, today: string, soon: string) {
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    applicantDisplay: row.applicant_display,
    applicantCategory: row.applicant_category,
    channel: row.channel,
    channelLabel: REQUEST_CHANNEL_LABELS[row.channel as RequestChannel],
    summary: summaryOf(row.description),
    submittedAt: row.submitted_at,
    receivedOn: row.received_on,
    state: row.state as RequestCaseState,
    stateLabel: CASE_STATE_LABELS[row.state as RequestCaseState],
    deadline: row.deadline,
    due: dueOf(row, today, soon),
    assigneeName: row.assignee_name ?? null,
  };
}
export type CaseRowView = ReturnType<typeof caseRow>;

/** The deadline's explanation, or why there is none. */
function clockView(result: DeadlineResult): {
  deadlineLines: string[];
  warnings: string[];
  calendarWarning: string | null;
} {
  if (result.ok) {
    return {
      deadlineLines: [...result.explanation.lines],
      warnings: [...result.explanation.warnings],
      calendarWarning: null,
    };
  }
  if (result.code === 'calendar_gap') return { deadlineLines: [], warnings: [], calendarWarning: result.message };
  return { deadlineLines: [], warnings: [result.message], calendarWarning: null };
}

function supplementOf(events: readonly EventRow[], result: DeadlineResult, state: string) {
  const requested = events.find((e) => e.type === 'supplementRequested');
  if (!requested) return null;
  const d = JSON.parse(requested.detail) as { items?: string };
  return {
    requestedOn: requested.date,
    items: d.items ?? '',
    dueOn: state === 'awaiting_supplement' && result.ok ? result.explanation.waitingUntil : null,
    open: state === 'awaiting_supplement',
  };
}

function feeOf(row: CaseRow, result: DeadlineResult) {
  if (!row.fee_status || !row.fee_method) return null;
  return {
    method: row.fee_method as FeeMethod,
    methodLabel: FEE_METHOD_LABELS[row.fee_method as FeeMethod],
    amount: row.fee_amount ?? 0,
    status: row.fee_status as FeeStatus,
    statusLabel: FEE_STATUS_LABELS[row.fee_status as FeeStatus],
    payBy: row.fee_status === 'notified' && result.ok ? result.explanation.waitingUntil : null,
  };
}

function outcomeOf(row: CaseRow) {
  if (!row.outcome_code) return null;
  return {
    code: row.outcome_code,
    label: outcomeLabel(row.outcome_code as OutcomeCode),
    legalBasis: row.legal_basis,
    note: row.outcome_note,
    closedOn: row.closed_on,
  };
}

function common(row: CaseRow, events: EventRow[], cal: Calendar) {
  const result = evaluate(cal, events);
  const { warnings, ...clock } = row.received_on
    ? clockView(result)
    : { deadlineLines: [], warnings: [], calendarWarning: null };
  return {
    result,
    /** Compliance warnings for staff (a late 补正 notice …), not for the applicant. */
    warnings,
    view: {
      description: row.description,
      docNumberHint: row.doc_number_hint,
      purpose: row.purpose,
      deliveryFormLabel: DELIVERY_FORM_LABELS[row.delivery_form as DeliveryForm],
      deliveryChannelLabel: DELIVERY_CHANNEL_LABELS[row.delivery_channel as DeliveryChannel],
      ...clock,
      supplement: supplementOf(events, result, row.state),
      fee: feeOf(row, result),
      outcome: outcomeOf(row),
    },
  };
}

/** The timeline by the dates events took effect (a letter registered today may have arrived last week). */
const byDate = (events: readonly EventRow[]) =>
  events.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));

const fileView = (f: Awaited<ReturnType<typeof requestsRepo.listFiles>>[number]) => ({
  id: f.file_id,
  title: f.title,
  fileName: f.file_name,
  kind: f.kind,
  kindLabel: REQUEST_FILE_KIND_LABELS[f.kind as RequestFileKind],
  createdAt: f.created_at,
});

export async function caseDetail(
  q: Kysely<Database>,
  dataKey: string,
  user: StaffUser,
  row: CaseRow,
  cal: Calendar,
  today: string,
) {
  const [events, notes, files, appeals, colleagues, assignee] = await Promise.all([
    requestsRepo.listEvents(q, row.id),
    requestsRepo.listNotes(q, row.id),
    requestsRepo.listFiles(q, row.id),
    requestsRepo.listAppeals(q, row.id),
    usersRepo.list(q, row.organization_id),
    row.assignee_id ? usersRepo.findById(q, row.assignee_id) : undefined,
  ]);
  const { view, result, warnings } = common(row, events, cal);
  const proposed = row.state === 'pending_receipt' ? receiptDateForOnline(cal, row.submitted_at) : null;
  return {
    ...caseRow({ ...row, assignee_name: assignee?.display_name ?? null }, today, soonLimit(cal, today)),
    ...view,
    warnings,
    regimeLabel: result.ok ? `${result.explanation.regime.name}（${result.explanation.regime.decree}）` : '',
    applicant: applicantView(row.applicant_category, openApplicant(dataKey, row.applicant_sealed), false),
    proposedReceiptDate: proposed?.ok ? proposed.date : null,
    timeline: byDate(events).map((e) => ({
      id: e.id,
      date: e.date,
      type: e.type,
      label: eventLabel(e),
      note: e.public_note,
      actorName: e.actor_name,
    })),
    notes: notes.map((n) => ({ id: n.id, text: n.text, authorName: n.author_name, createdAt: n.created_at })),
    files: files.map(fileView),
    appeals: appeals.map((a) => ({
      id: a.id,
      kind: a.kind as AppealKind,
      kindLabel: APPEAL_KIND_LABELS[a.kind as AppealKind],
      filedOn: a.filed_on,
      result: a.result as AppealResult,
      resultLabel: APPEAL_RESULT_LABELS[a.result as AppealResult],
      decidedOn: a.decided_on,
      note: a.note,
    })),
    allowedActions: allowedCaseActions(factsOf(row, events), user),
    colleagues: colleagues
      .filter((u) => !u.disabled && hasRole({ roles: JSON.parse(u.roles) }, 'request_officer', 'office_head'))
      .map((u) => ({ id: u.id, name: u.display_name })),
  };
}
export type CaseDetail = Awaited<ReturnType<typeof caseDetail>>;

/** The applicant's view: no staff notes, no staff names, no internal steps. */
export async function trackView(q: Kysely<Database>, row: CaseRow, cal: Calendar) {
  const [events, files, org] = await Promise.all([
    requestsRepo.listEvents(q, row.id),
    requestsRepo.listFiles(q, row.id),
    organizationsRepo.findById(q, row.organization_id),
  ]);
  const { view } = common(row, events, cal);
  const state = row.state as RequestCaseState;
  return {
    trackingNo: row.tracking_no,
    organizationName: org?.name ?? '',
    channelLabel: REQUEST_CHANNEL_LABELS[row.channel as RequestChannel],
    submittedAt: row.submitted_at,
    receivedOn: row.received_on,
    state,
    stateLabel: CASE_STATE_LABELS[state],
    deadline: row.state === 'closed' ? null : row.deadline,
    ...view,
    timeline: byDate(events)
      .filter((e) => isPublicEvent(e.type))
      .map((e) => ({ date: e.date, label: eventLabel(e), note: e.public_note })),
    files: files.map(fileView).map(({ id, title, kindLabel, fileName }) => ({ id, title, kindLabel, fileName })),
    actions: applicantActions(state),
  };
}
export type TrackView = Awaited<ReturnType<typeof trackView>>;
