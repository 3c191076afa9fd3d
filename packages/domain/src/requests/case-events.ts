/** The events of a request for disclosure that move its statutory clock, in the order they happened. */

export type ConsultationParty = 'third_party' | 'other_agency';

export type CaseEvent =
  | { readonly type: 'received'; readonly date: string }
  /** 补正 notice; `dueDays` is the period given to the applicant (local setting, default 15 working days). */
  | { readonly type: 'supplementRequested'; readonly date: string; readonly dueDays?: number }
  | { readonly type: 'supplementReceived'; readonly date: string }
  /** No 补正 in time: 视为放弃申请, closes the case as （六）1. */
  | { readonly type: 'supplementExpired'; readonly date: string }
  /** The consultation letter was sent; the other side has 15 working days. */
  | { readonly type: 'consultationStarted'; readonly date: string; readonly party: ConsultationParty }
  /** The answer arrived; without `party`, ends the earliest open consultation. */
  | { readonly type: 'consultationEnded'; readonly date: string; readonly party?: ConsultationParty }
  /** Extension approved by the head of the disclosure office (负责人同意). */
  | { readonly type: 'extended'; readonly date: string; readonly days: number }
  | { readonly type: 'feeNotified'; readonly date: string }
  | { readonly type: 'feePaid'; readonly date: string }
  /** The applicant refused to pay: closes the case as （六）2. */
  | { readonly type: 'feeDeclined'; readonly date: string }
  /** Unpaid after the payment period: closes the case as （六）2. */
  | { readonly type: 'feeExpired'; readonly date: string }
  /** Withdrawn by the applicant: closes the case as （六）3 (申请人撤回). */
  | { readonly type: 'withdrawn'; readonly date: string }
  /** Answered: the outcome is chosen by staff from the closed list. */
  | { readonly type: 'closed'; readonly date: string };

export type CaseEventType = CaseEvent['type'];

export const CLOSING_EVENTS: readonly CaseEventType[] = [
  'supplementExpired',
  'feeDeclined',
  'feeExpired',
  'withdrawn',
  'closed',
];
