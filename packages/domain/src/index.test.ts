import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

/** Names other packages are written against (team brief, "Domain package"). */
const PROMISED = [
  'VALIDITIES',
  'DISCLOSURE_MODES',
  'TIME_LIMITS',
  'ORG_KINDS',
  'TOPICS',
  'GENRES',
  'DEFAULT_CATEGORIES',
  'DEFAULT_COLUMNS',
  'ROLES',
  'ROLE_LABELS',
  'PLATFORM_ROLES',
  'CONTENT_ROLES',
  'checkRoleSet',
  'hasRole',
  'normalizeDocNumber',
  'parseDocNumber',
  'formatIndexNumber',
  'checkIndexPattern',
  'isValidIdCardNumber',
  'isLuhnValid',
  'isValidCreditCode',
  'scanPii',
  'PII_KIND_LABELS',
  'maskPii',
  'hitContext',
  'maskHitsInText',
  'STATUS_LABELS',
  'decide',
  'allowedActions',
  'normalizeText',
  'htmlToText',
  'searchTokens',
  'queryTerms',
  'highlight',
  'shanghaiDate',
  'shanghaiYear',
  'isLegalDate',
  'addDays',
  'auditHash',
  'verifyAuditChain',
  'checkPasswordStrength',
  'LOCKOUT',
  'SESSION',
  'sniffFileType',
  'ATTACHMENT_MAX_BYTES',
  'IMAGE_MAX_BYTES',
] as const;

describe('public API', () => {
  it.each(PROMISED)('exports %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });
});
