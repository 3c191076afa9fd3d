import { describe, expect, it } from 'vitest';
import { manualFieldErrors, toManualValues, toNarrative, traceLinks } from './report-input.js';

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

describe('traceLinks', () => {
  it('keeps the version on screen and jumps to the record list', () => {
    const html = '<td><a href="?trace=t3.received.total">3</a></td><td><a href="?trace=figure%3A%E7%82%B9">5</a></td>';
    expect(traceLinks(html, 2)).toBe(
      '<td><a href="?version=2&amp;trace=t3.received.total#trace">3</a></td>' +
        '<td><a href="?version=2&amp;trace=figure%3A%E7%82%B9#trace">5</a></td>',
    );
  });

  it('leaves other links alone', () => {
    const html = '<a href="/files/3">附件</a>';
    expect(traceLinks(html, 1)).toBe(html);
  });
});
