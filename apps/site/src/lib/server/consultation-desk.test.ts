import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { consultationFilters, decodeTrackingNo, lookupFailure, readComment } from './consultation-desk.js';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

function apiError(code: string, message: string, fieldErrors: Record<string, string> | null = null) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, fieldErrors } } } });
}

const comment = { sectionNo: '3', name: '张三', contact: '13800000000', content: '建议第三条增加公示期限。' };
const fallback = { pow_token: 'pt', pow_solution: '', fallback_token: 'ft', answer: '3', website: '' };

describe('consultationFilters', () => {
  it('reads the organization, phase and page', () => {
    expect(consultationFilters(new URLSearchParams('org=mianyang&phase=closed&page=2'))).toEqual({
      org: 'mianyang',
      phase: 'closed',
      page: 2,
    });
  });

  it('ignores an unknown phase, a malformed page and empty values', () => {
    expect(consultationFilters(new URLSearchParams('org=&phase=draft&page=abc'))).toEqual({
      org: null,
      phase: null,
      page: 1,
    });
  });
});

describe('readComment', () => {
  it('reads the form into comment input, the section as a number and the bot check included', () => {
    const read = readComment(formOf({ ...comment, ...fallback }), 7);
    expect(read).toEqual({
      ok: true,
      values: comment,
      input: {
        consultationId: 7,
        sectionNo: 3,
        name: '张三',
        contact: '13800000000',
        content: '建议第三条增加公示期限。',
        bot: { mode: 'fallback', token: 'ft', answer: '3', honeypot: '' },
      },
    });
  });

  it('sends 整体意见 as no section and missing texts as empty for the API to judge', () => {
    const read = readComment(formOf({ sectionNo: '', pow_token: 'pt', pow_solution: '42' }), 7);
    expect(read.ok && read.input).toEqual({
      consultationId: 7,
      sectionNo: null,
      name: '',
      contact: '',
      content: '',
      bot: { mode: 'pow', token: 'pt', solution: '42' },
    });
    const empty = readComment(formOf({}), 7);
    expect(empty.ok && empty.input.sectionNo).toBeNull();
  });

  it('refuses a section choice the page never offers, keeping what was typed', () => {
    expect(readComment(formOf({ ...comment, sectionNo: '-1' }), 7)).toEqual({
      ok: false,
      values: { ...comment, sectionNo: '-1' },
      fieldErrors: { sectionNo: '请选择有效的条款' },
    });
  });
});

describe('lookupFailure', () => {
  it('puts what is wrong with the code beside its input', () => {
    expect(lookupFailure(apiError('NOT_FOUND', '查询码有误，请核对后重新输入'))).toEqual({
      status: 404,
      message: '提交的内容有误，请按提示修改',
      fieldErrors: { trackingNo: '查询码有误，请核对后重新输入' },
    });
  });

  it('keeps the message of a rate limit and of a validation failure', () => {
    expect(lookupFailure(apiError('TOO_MANY_REQUESTS', '提交过于频繁，请5分钟后再试'))).toEqual({
      status: 429,
      message: '提交过于频繁，请5分钟后再试',
      fieldErrors: {},
    });
    expect(lookupFailure(apiError('BAD_REQUEST', '请填写查询码', { trackingNo: '请填写查询码' }))).toEqual({
      status: 400,
      message: '提交的内容有误，请按提示修改',
      fieldErrors: { trackingNo: '请填写查询码' },
    });
  });
});

describe('decodeTrackingNo', () => {
  it('accepts a code and refuses a missing or foreign value', () => {
    expect(decodeTrackingNo('YJ-20261127-4K7Q-M')).toBe('YJ-20261127-4K7Q-M');
    expect(decodeTrackingNo(undefined)).toBeNull();
    expect(decodeTrackingNo('')).toBeNull();
    expect(decodeTrackingNo('{"trackingNo":"x"}')).toBeNull();
  });
});
