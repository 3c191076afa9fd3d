import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error.js';

function clientError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data } } as never });
}

describe('toApiError', () => {
  it('keeps the Chinese message and field errors of a validation failure', () => {
    const err = clientError('请检查输入', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: {
        title: '请填写标题',
        'columnIds.0': '栏目不存在',
        'columnIds.1': '第二条',
        'person.idNumber': '身份证号码校验位不正确',
        ignored: 3,
      },
    });
    expect(toApiError(err)).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: '请检查输入',
      fieldErrors: { title: '请填写标题', columnIds: '栏目不存在', 'person.idNumber': '身份证号码校验位不正确' },
    });
  });

  it('passes the lockout message through', () => {
    const err = clientError('账号已锁定，请于 10:15 后重试或联系安全管理员', { code: 'FORBIDDEN', httpStatus: 403 });
    expect(toApiError(err)).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: '账号已锁定，请于 10:15 后重试或联系安全管理员',
    });
  });

  it('replaces English internal messages', () => {
    const err = clientError('Cannot read properties of undefined', { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 });
    expect(toApiError(err)).toMatchObject({ status: 500, message: '服务器出错，请稍后重试' });
  });

  it('replaces a non-Chinese message by the message for its code', () => {
    const err = clientError('UNAUTHORIZED', { code: 'UNAUTHORIZED', httpStatus: 401 });
    expect(toApiError(err)).toMatchObject({ status: 401, code: 'UNAUTHORIZED', message: '登录已失效，请重新登录' });
  });

  it('treats an error without data as a network failure', () => {
    const err = new TRPCClientError('fetch failed', { cause: new TypeError('fetch failed') });
    expect(toApiError(err)).toEqual({
      status: 502,
      code: 'NETWORK',
      message: '无法连接后台服务，请稍后重试',
      fieldErrors: {},
    });
    expect(toApiError(new Error('boom')).code).toBe('NETWORK');
    expect(toApiError(undefined).message).toBe('无法连接后台服务，请稍后重试');
  });

  it('derives the status from the code when httpStatus is missing', () => {
    expect(toApiError(clientError('未找到', { code: 'NOT_FOUND' })).status).toBe(404);
  });
});
