import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '../context.js';
import { appRouter } from '../root.js';
import { createFixture, draftInput, INTERNAL_TOKEN, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

/** Calls a mutation over HTTP as the SvelteKit servers do, returning the JSON error body. */
async function post(f: Fixture, path: string, input: unknown, token: string) {
  const headers = { 'content-type': 'application/json', 'x-internal-token': INTERNAL_TOKEN, 'x-session-token': token };
  const res = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://api.test/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) }),
    router: appRouter,
    createContext: ({ req }) => createContext(f.deps, Object.fromEntries(req.headers)),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      error?: { message: string; data: { code: string; fieldErrors: Record<string, string> | null } };
    },
  };
}

describe.each(testDialects())('input validation on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(await dialect.open());
  });
  afterAll(async () => {
    await f.destroy();
  });

  it('returns Chinese field errors, one per field, and changes nothing', async () => {
    const token = f.users['a.editor'].token;
    const { status, body } = await post(
      f,
      'publications.create',
      draftInput({ title: '  ', writtenDate: '2026-02-30', docNumber: '第三号文件', summary: 'x'.repeat(1001) }),
      token,
    );
    expect(status).toBe(400);
    expect(body.error?.data.code).toBe('BAD_REQUEST');
    expect(body.error?.data.fieldErrors).toEqual({
      title: '标题不能为空',
      writtenDate: '成文日期格式应为YYYY-MM-DD',
      docNumber: expect.stringMatching(/^文号格式不正确/),
      summary: '内容概述不能超过1000字',
    });
    expect(body.error?.message).toBe('标题不能为空');
    expect((await f.caller('a.editor').publications.list({})).total).toBe(0);
  });

  it('words length limits and missing fields in Chinese', async () => {
    const token = f.users['a.editor'].token;
    const long = await post(f, 'publications.create', draftInput({ title: '长'.repeat(201) }), token);
    expect(long.body.error?.data.fieldErrors).toEqual({ title: '标题不能超过200字' });
    const missing = await post(f, 'publications.create', { summary: '' }, token);
    expect(missing.body.error?.data.fieldErrors).toEqual({ title: '请填写标题' });
    const wrongType = await post(f, 'publications.create', draftInput({ columnIds: 'x' }), token);
    expect(wrongType.body.error?.data.fieldErrors?.columnIds).toBe('栏目无效');
  });

  it('reports server-side field errors the same way', async () => {
    const { body } = await post(
      f,
      'publications.create',
      draftInput({ categoryId: f.b.categoryIds[0] }),
      f.users['a.editor'].token,
    );
    expect(body.error?.data.fieldErrors).toEqual({ categoryId: '目录分类不存在' });
    const { body: user } = await post(
      f,
      'users.create',
      { username: 'a_editor', displayName: '重名', password: 'Passw0rd-long', roles: ['editor'] },
      f.users['a.admin'].token,
    );
    expect(user.error?.data.fieldErrors).toEqual({ username: '用户名已存在' });
  });

  it('answers other errors without field errors', async () => {
    const { status, body } = await post(f, 'publications.submit', { id: 99_999 }, f.users['a.editor'].token);
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ message: '信息不存在或无权访问', data: { fieldErrors: null } });
  });
});
