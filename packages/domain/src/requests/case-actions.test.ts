import { describe, expect, it } from 'vitest';
import { allowedCaseActions, applicantActions, caseActionRefusal, type CaseFacts } from './case-actions.js';

const running: CaseFacts = {
  state: 'running',
  supplementRequested: false,
  openConsultations: [],
  extended: false,
  feeNotified: false,
};
const officer = { roles: ['request_officer'] as const };
const head = { roles: ['office_head'] as const };

describe('allowedCaseActions', () => {
  it('lets an officer handle a running case but not extend it', () => {
    const actions = allowedCaseActions(running, officer);
    expect(actions).toEqual(expect.arrayContaining(['requestSupplement', 'startConsultation', 'notifyFee', 'reply']));
    expect(actions).not.toContain('extend');
    expect(actions).not.toContain('confirmReceipt');
  });

  it('leaves the extension to the office head, once', () => {
    expect(allowedCaseActions(running, head)).toEqual(['extend']);
    expect(allowedCaseActions({ ...running, extended: true }, head)).toEqual([]);
    expect(caseActionRefusal('extend', running, officer)).toBe('延期答复须经公开办负责人同意');
  });

  it('sends the 补正 notice once only', () => {
    const after = { ...running, supplementRequested: true };
    expect(allowedCaseActions(after, officer)).not.toContain('requestSupplement');
    expect(caseActionRefusal('requestSupplement', after, officer)).toMatch(/只能发出一次/);
  });

  it('refuses a reply while a consultation is open', () => {
    const consulting: CaseFacts = { ...running, state: 'consulting', openConsultations: ['third_party'] };
    expect(allowedCaseActions(consulting, officer)).toContain('endConsultation');
    expect(caseActionRefusal('reply', consulting, officer)).toMatch(/征求意见尚未结束/);
  });

  it('allows only notes and appeals on a closed case', () => {
    expect(allowedCaseActions({ ...running, state: 'closed' }, officer)).toEqual(['note', 'appeal']);
  });

  it('gives the applicant the action the state waits for', () => {
    expect(applicantActions('awaiting_fee')).toEqual({ supplement: false, respondFee: true, withdraw: true });
    expect(applicantActions('closed')).toEqual({ supplement: false, respondFee: false, withdraw: false });
  });
});
