/**
 * The public desk of 征求意见: the list's filters, reading the comment form into
 * `consultationDesk.comment` input, a failed lookup by code, and the cookies that carry a
 * comment's tracking code.
 */
import type { ConsultationPhase } from '@gongkai/domain';
import type { api } from './api.js';
import { FIX_FIELDS, formFailure, formValues, readBot, type FormFailure, type FormValues } from './public-form.js';
import { positiveInt } from '../url.js';

type Desk = ReturnType<typeof api>['consultationDesk'];
export type CommentInput = Parameters<Desk['comment']['mutate']>[0];

const PHASES: readonly ConsultationPhase[] = ['open', 'closed', 'upcoming'];

const isPhase = (value: string | null): value is ConsultationPhase =>
  (PHASES as readonly (string | null)[]).includes(value);

export interface ConsultationFilters {
  org: string | null;
  phase: ConsultationPhase | null;
  page: number;
}

/** The list's filters from its query string; a malformed phase or page is ignored, not an error. */
export function consultationFilters(query: URLSearchParams): ConsultationFilters {
  const phase = query.get('phase');
  return {
    org: query.get('org') || null,
    phase: isPhase(phase) ? phase : null,
    page: positiveInt(query.get('page')) ?? 1,
  };
}

/** The comment form's fields in the order they appear; names are the API's input paths. */
export const COMMENT_FIELDS = ['sectionNo', 'name', 'contact', 'content', 'bot'] as const;

/** The section choice that targets the draft as a whole (整体意见). */
export const WHOLE_DRAFT = '';

export type ReadComment =
  | { ok: true; values: FormValues; input: CommentInput }
  | { ok: false; values: FormValues; fieldErrors: Record<string, string> };

/**
 * The comment form as `consultationDesk.comment` input. The section select sends a section's
 * number or '' for the whole draft; anything else never comes from the page and is refused here,
 * since it has no number to send. Texts go as typed: the API judges lengths and duplicates.
 */
export function readComment(form: FormData, consultationId: number): ReadComment {
  const values = formValues(form, COMMENT_FIELDS);
  const section = values.sectionNo ?? WHOLE_DRAFT;
  if (section !== WHOLE_DRAFT && !/^\d{1,4}$/.test(section)) {
    return { ok: false, values, fieldErrors: { sectionNo: '请选择有效的条款' } };
  }
  return {
    ok: true,
    values,
    input: {
      consultationId,
      sectionNo: section === WHOLE_DRAFT ? null : Number(section),
      name: values.name ?? '',
      contact: values.contact ?? '',
      content: values.content ?? '',
      bot: readBot(form),
    },
  };
}

/**
 * A failed lookup as the form shows it: the API's NOT_FOUND says what is wrong with the code
 * ('查询码有误…', '查询码不存在…'), so it goes beside the code's input.
 */
export function lookupFailure(cause: unknown): FormFailure {
  const failure = formFailure(cause, ['trackingNo']);
  return failure.status === 404
    ? { status: 404, message: FIX_FIELDS, fieldErrors: { trackingNo: failure.message } }
    : failure;
}

/** A tracking code read back from our cookie, or null when it is missing or not one of ours. */
export function decodeTrackingNo(raw: string | undefined): string | null {
  return raw && /^[A-Za-z0-9-]{1,30}$/.test(raw) ? raw : null;
}

/** Carries a new comment's tracking code to the page that shows it once (10 minutes). */
export const COMMENTED_COOKIE = 'gk_zjyj_commented';
export const COMMENTED_COOKIE_MAX_AGE = 10 * 60;
export const donePath = (consultationId: number) => `/zjyj/${consultationId}/done`;
/** Carries the tracking code across the lookup's redirect (30 minutes). */
export const TRACK_COOKIE = 'gk_zjyj_track';
export const TRACK_COOKIE_PATH = '/zjyj/track';
export const TRACK_COOKIE_MAX_AGE = 30 * 60;
