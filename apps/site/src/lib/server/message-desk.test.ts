import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { decodeReceipt, encodeReceipt, exchangeFilters, readMessage, submitFailure } from './message-desk.js';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

function apiError(code: string, message: string, fieldErrors: Record<string, string> | null = null) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, fieldErrors } } } });
}

const message = {
  org: 'mianyang',
  type: '咨询',
  subject: '老年人优待证如何办理',
  content: '请问在哪里办理老年人优待证？需要带什么材料？',
  name: '',
  contact: '13800000000',
};
const fallback = { pow_token: 'pt', pow_solution: '', fallback_token: 'ft', answer: '3', website: '' };

describe('readMessage', () => {
  it('reads the form into submit input, the bot check included', () => {
    const read = readMessage(formOf({ ...message, ...fallback }));
    expect(read.input).toEqual({
      ...message,
      type: '咨询',
      bot: { mode: 'fallback', token: 'ft', answer: '3', honeypot: '' },
    });
  });

  it('keeps what the visitor typed to show again, never the bot check', () => {
    const read = readMessage(formOf({ ...message, ...fallback, pow_solution: '42' }));
    expect(read.values).toEqual(message);
    expect(read.input.bot).toEqual({ mode: 'pow', token: 'pt', solution: '42' });
  });

  it('sends missing fields as empty text for the API to judge', () => {
    const read = readMessage(formOf({ org: 'mianyang' }));
    expect(read.input).toMatchObject({ org: 'mianyang', type: '', subject: '', content: '', name: '', contact: '' });
    expect(read.values).toEqual({ org: 'mianyang' });
  });
});

describe('submitFailure', () => {
  it('puts the API field messages beside their fields', () => {
    const failure = submitFailure(
      apiError('BAD_REQUEST', '请填写联系方式', {
        contact: '请填写联系方式',
        content: '您已提交过相同或相近的内容，请勿重复提交',
        'bot.answer': '验证问题回答不正确，请重新作答',
      }),
    );
    expect(failure).toEqual({
      status: 400,
      message: '提交的内容有误，请按提示修改',
      fieldErrors: {
        contact: '请填写联系方式',
        content: '您已提交过相同或相近的内容，请勿重复提交',
        bot: '验证问题回答不正确，请重新作答',
      },
    });
  });

  it('asks for an organization when the API does not know the one sent', () => {
    expect(submitFailure(apiError('NOT_FOUND', '单位不存在'))).toEqual({
      status: 400,
      message: '提交的内容有误，请按提示修改',
      fieldErrors: { org: '请选择受理单位' },
    });
  });

  it('keeps the message of a rate limit', () => {
    expect(submitFailure(apiError('TOO_MANY_REQUESTS', '提交过于频繁，请10分钟后再试'))).toMatchObject({
      status: 429,
      message: '提交过于频繁，请10分钟后再试',
    });
  });
});

describe('exchangeFilters', () => {
  it('reads the search text, organization, type and page', () => {
    expect(exchangeFilters(new URLSearchParams('q=%20优待证%20&org=mianyang&type=建言&page=3'))).toEqual({
      q: '优待证',
      org: 'mianyang',
      type: '建言',
      page: 3,
    });
  });

  it('ignores an unknown type, a malformed page and empty values', () => {
    expect(exchangeFilters(new URLSearchParams('q=&org=&type=表扬&page=-1'))).toEqual({
      q: '',
      org: null,
      type: null,
      page: 1,
    });
  });

  it('cuts an over-long search text to what the API accepts', () => {
    expect(exchangeFilters(new URLSearchParams({ q: '路'.repeat(150) })).q).toHaveLength(100);
  });
});

describe('receipt cookie', () => {
  const receipt = { trackingNo: 'ZX-20261127-4K7Q-M', accessCode: 'AB12CD34', dueDate: '2026-12-04' };

  it('round-trips the codes and the due date', () => {
    expect(decodeReceipt(encodeReceipt(receipt))).toEqual(receipt);
  });

  it('rejects a missing, foreign or incomplete cookie', () => {
    expect(decodeReceipt(undefined)).toBeNull();
    expect(decodeReceipt('not json')).toBeNull();
    expect(decodeReceipt(JSON.stringify({ ...receipt, dueDate: undefined }))).toBeNull();
    expect(decodeReceipt(JSON.stringify({ ...receipt, dueDate: '明天' }))).toBeNull();
    expect(decodeReceipt(JSON.stringify({ dueDate: receipt.dueDate }))).toBeNull();
  });
});
