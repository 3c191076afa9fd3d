/** Zero-valued records: the starting point of aggregations and of tests. */
import { APPEAL_KIND_LABELS, APPEAL_RESULT_LABELS, type AppealKind, type AppealResult } from '../requests/labels.js';
import { APPLICANT_CATEGORIES, OUTCOME_CODES, type OutcomeCode } from '../requests/outcomes.js';
import type { ByApplicant, NormativeCounts, ReportRecords } from './types.js';

export function zeroByApplicant(): ByApplicant {
  return Object.fromEntries(APPLICANT_CATEGORIES.map((c) => [c, 0])) as ByApplicant;
}

export const sumByApplicant = (counts: ByApplicant): number =>
  APPLICANT_CATEGORIES.reduce((sum, category) => sum + counts[category], 0);

const zeroNormative = (): NormativeCounts => ({ issued: 0, published: 0, repealed: 0, inForce: 0 });

export const APPEAL_KINDS = Object.keys(APPEAL_KIND_LABELS) as AppealKind[];
export const APPEAL_RESULTS = Object.keys(APPEAL_RESULT_LABELS) as AppealResult[];

export function emptyReportRecords(year: number): ReportRecords {
  return {
    year,
    publications: { catalogue: 0, documents: 0, normative: 0, byCategory: [], byColumn: [] },
    views: 0,
    normative: { rules: zeroNormative(), documents: zeroNormative() },
    requests: {
      received: zeroByApplicant(),
      carriedOver: zeroByApplicant(),
      outcomes: Object.fromEntries(OUTCOME_CODES.map((code) => [code, zeroByApplicant()])) as Record<
        OutcomeCode,
        ByApplicant
      >,
      carriedForward: zeroByApplicant(),
    },
    appeals: Object.fromEntries(
      APPEAL_KINDS.map((kind) => [kind, Object.fromEntries(APPEAL_RESULTS.map((r) => [r, 0]))]),
    ) as ReportRecords['appeals'],
    feesCollected: 0,
    participation: { consultations: 0, comments: 0, messages: 0, messagesReplied: 0, hotlineCalls: 0 },
  };
}
