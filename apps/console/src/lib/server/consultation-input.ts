import type { ConsultationPhase } from '@gongkai/domain';
import type { RouterInputs } from '$lib/api-types';
import { intParam } from '../search-params.js';
import { optionalInt } from './form-fields.js';
import { optionalDate, optionalNumber, text } from './requests-input.js';

/**
 * Posted forms of the consultation pages turned into API inputs. Only the shape is settled here:
 * the API checks dates, periods and choices and answers beside the field in Chinese.
 */

type Values = Record<string, string | undefined>;
export type ConsultationCreateInput = RouterInputs['consultations']['create'];
export type ConsultationUpdateInput = RouterInputs['consultations']['update'];
export type DraftSource = ConsultationCreateInput['source'];

const PHASES: readonly ConsultationPhase[] = ['upcoming', 'open', 'closed'];

/** The list's filters from the URL; an unknown phase is simply absent (all consultations). */
export function consultationListFilters(params: URLSearchParams) {
  const phase = params.get('phase');
  return {
    phase: PHASES.find((p) => p === phase),
    page: intParam(params, 'page') ?? 1,
  } satisfies RouterInputs['consultations']['list'];
}

/** A checkbox posts its value only when ticked. */
export function ticked(value: string | undefined): boolean {
  return value === '1';
}

/**
 * The draft the consultation is based on: the chosen publication, or the uploaded Word file (its
 * id, kept in the form once uploaded so a failed submission need not upload it again). A missing
 * choice is sent as absent, for the API to ask for one.
 */
export function draftSource(v: Values): DraftSource {
  const id = optionalInt(v.sourceKind === 'file' ? v.fileId : v.publicationId) ?? undefined;
  return v.sourceKind === 'file' ? { fileId: id } : { publicationId: id };
}

/** Fields shared by opening and editing a consultation. */
function texts(v: Values) {
  return {
    title: text(v.title),
    explanation: text(v.explanation),
    howToComment: text(v.howToComment),
    contact: text(v.contact),
    openDate: text(v.openDate),
    major: ticked(v.major),
  };
}

/** The period fields that `consultations.defaults` computes a closing date from. */
export function toDefaultsInput(v: Values): RouterInputs['consultations']['defaults'] {
  return { openDate: text(v.openDate), major: ticked(v.major), workingDays: optionalNumber(v.workingDays) };
}

/** The new-consultation form; a blank closing date lets the API default it from the period. */
export function toCreateInput(v: Values, source: DraftSource): ConsultationCreateInput {
  return {
    ...texts(v),
    source,
    closeDate: optionalDate(v.closeDate) ?? undefined,
    workingDays: optionalNumber(v.workingDays),
  };
}

export function toUpdateInput(id: number, v: Values): ConsultationUpdateInput {
  return { id, ...texts(v), closeDate: text(v.closeDate) };
}

/** The ids of the ticked checkboxes named `name` (ids of comments grouped under one feedback). */
export function checkedIds(form: FormData, name: string): number[] {
  return form
    .getAll(name)
    .map((v) => (typeof v === 'string' ? optionalInt(v) : null))
    .filter((n): n is number => n !== null);
}
