import { describe, expect, it } from 'vitest';
import { manualFieldErrors, toManualValues, toNarrative } from './report-input.js';

describe('report forms', () => {
  it('reads the narrative sections and nothing else', () => {
    expect(toNarrative({ 'narrative.overview': '一、总体情况', 'narrative.other': '', year: '2024' })).toEqual({
      overview: '一、总体情况',
      other: '',
    });
  });

  it('pairs each staff-entered value with its note', () => {
    const v = {
      't2.licensing.decisions.value': '12',
      't2.licensing.decisions.note': '审批科台账',
      't2.fees.amount.value': '',
    };
    expect(toManualValues(v)).toEqual({
      't2.licensing.decisions': { value: '12', note: '审批科台账' },
      't2.fees.amount': { value: '', note: '' },
    });
  });

  it('names the API input errors like the form fields', () => {
    expect(
      manualFieldErrors({ 't2.fees.amount.value': '应为数字', 'values.t2.fees.amount.note': '不能超过500字' }),
    ).toEqual({ 't2.fees.amount.value': '应为数字', 't2.fees.amount.note': '不能超过500字' });
  });
});
