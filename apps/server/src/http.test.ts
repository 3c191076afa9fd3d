import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDb,
  startServer,
  addStaff,
  login,
  tempDataDir,
  testConfig,
  TOKEN,
  type Running,
} from './testing/fixture.js';
import { sampleDocx, sampleExe, samplePdf } from './testing/sample-files.js';

const data = tempDataDir();
let server: Running;
let session: string;

beforeAll(async () => {
  const config = testConfig(data.dir);
  const db = await openDb(config);
  await addStaff(db);
  await db.destroy();
  server = await startServer(config);
  session = await login(server, 'editor1');
});

afterAll(async () => {
  await server?.app.close();
  data.remove();
});

const upload = (fileName: string, body: RequestInit['body']) =>
  server.call('/files', {
    method: 'POST',
    body,
    // A streamed body needs it; undici's RequestInit type does not list it.
    duplex: 'half',
    headers: { 'x-file-name': encodeURIComponent(fileName), 'x-session-token': session },
  } as RequestInit);

describe('the internal token', () => {
  it('is required everywhere but /health', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ ok: true });
    for (const [method, path] of [
      ['GET', '/trpc/public.site'],
      ['POST', '/files'],
      ['GET', '/files/1'],
      ['GET', '/version'],
      ['POST', '/views'],
      ['POST', '/__test/reset'],
      ['GET', '/nowhere'],
    ] as const) {
      const missing = await fetch(server.url + path, { method });
      expect(missing.status, `${method} ${path}`).toBe(401);
      expect(await missing.json()).toEqual({ error: '缺少或错误的内部令牌' });
      const wrong = await fetch(server.url + path, {
        method,
        headers: { 'x-internal-token': TOKEN.slice(0, -1) + 'x' },
      });
      expect(wrong.status, `${method} ${path}`).toBe(401);
    }
  });

  it('lets tRPC calls through with it', async () => {
    const res = await server.call('/trpc/auth.me', { headers: { 'x-session-token': session } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { data: { username: string } } }).result.data.username).toBe('editor1');
  });
});

describe('files', () => {
  it('stores a .docx and gives back the same bytes under its Chinese name', async () => {
    const bytes = await sampleDocx('棉洋镇2015年政府信息公开工作年度报告');
    const name = '棉洋镇2015年政府信息公开工作年度报告.docx';
    const res = await upload(name, bytes);
    expect(res.status).toBe(200);
    const stored = (await res.json()) as { id: number; fileName: string; mime: string; size: number };
    expect(stored).toMatchObject({
      fileName: name,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: bytes.length,
    });

    const download = await server.call(`/files/${stored.id}`, { headers: { 'x-session-token': session } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-type')).toBe(stored.mime);
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = download.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="2015\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);
  });

  it('stores a .pdf; a draft attachment is not downloadable without a session of its organization', async () => {
    const bytes = samplePdf('Gongkai test');
    const res = await upload('关于印发《棉洋镇应急预案》的通知.pdf', bytes);
    expect(res.status).toBe(200);
    const { id, mime } = (await res.json()) as { id: number; mime: string };
    expect(mime).toBe('application/pdf');
    const withSession = await server.call(`/files/${id}?inline=1`, { headers: { 'x-session-token': session } });
    expect(Buffer.from(await withSession.arrayBuffer()).equals(bytes)).toBe(true);
    // inline is only for images
    expect(withSession.headers.get('content-disposition')).toMatch(/^attachment;/);
    const anonymous = await server.call(`/files/${id}`);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.json()).toEqual({ error: '文件不存在或无权访问' });
  });

  it('refuses an .exe renamed .pdf with a Chinese message and stores nothing', async () => {
    const before = await server.app.deps.db.db.selectFrom('files').select('id').execute();
    const res = await upload('年度报告.pdf', sampleExe());
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: string };
    expect(error).toMatch(/^[\u4e00-\u9fff（）：，、]+$/);
    const after = await server.app.deps.db.db.selectFrom('files').select('id').execute();
    expect(after).toEqual(before);
  });

  it('answers 413 to an oversize upload, declared or streamed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const declared = await upload('大文件.txt', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: '文件超过大小限制' });

    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await upload('大文件.txt', stream);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: '文件超过大小限制' });
  });

  it('needs a file name and a staff session', async () => {
    const noName = await server.call('/files', {
      method: 'POST',
      body: 'abc',
      headers: { 'x-session-token': session },
    });
    expect(noName.status).toBe(400);
    const noSession = await server.call('/files', { method: 'POST', body: 'abc', headers: { 'x-file-name': 'a.txt' } });
    expect(noSession.status).toBe(401);
    expect(((await noSession.json()) as { error: string }).error).toBeTruthy();
  });

  it('answers 404 for unknown files', async () => {
    expect((await server.call('/files/999999', { headers: { 'x-session-token': session } })).status).toBe(404);
    expect((await server.call('/files/abc')).status).toBe(404);
  });
});

describe('version and views', () => {
  it('reports the content version', async () => {
    const body = (await (await server.call('/version')).json()) as { version: number };
    expect(typeof body.version).toBe('number');
  });

  it('accepts buffered view counts and refuses malformed ones', async () => {
    const post = (body: unknown) =>
      server.call('/views', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ views: [{ id: 1, n: 3 }] })).status).toBe(200);
    const bad = await post({ views: [{ id: 'x', n: -1 }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('请求格式错误');
  });
});

describe('test-mode routes', () => {
  it('set the clock in test mode', async () => {
    const res = await server.call('/__test/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: '2030-01-02T03:04:05.000Z' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { now: string }).now.slice(0, 16)).toBe('2030-01-02T03:04');
    expect(server.app.deps.clock().getUTCFullYear()).toBe(2030);
    await server.call('/__test/clock', { method: 'POST', body: JSON.stringify({ now: null }) });
    expect(Math.abs(server.app.deps.clock().getTime() - Date.now())).toBeLessThan(5000);
  });

  it('are absent outside test mode', async () => {
    const demoData = tempDataDir();
    const config = testConfig(demoData.dir, { mode: 'demo' });
    const db = await openDb(config);
    await addStaff(db);
    await db.destroy();
    const demo = await startServer(config);
    try {
      for (const path of ['/__test/reset', '/__test/clock', '/__test/run-jobs']) {
        expect((await demo.call(path, { method: 'POST', body: '{}' })).status, path).toBe(404);
      }
      expect((await demo.call('/health')).status).toBe(200);
    } finally {
      await demo.app.close();
      demoData.remove();
    }
  });
});
