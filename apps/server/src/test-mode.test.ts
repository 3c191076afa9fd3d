import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startServer, tempDataDir, testConfig, type Running } from './testing/fixture.js';

/** The demo seed's shared password (packages/db demo accounts). */
const DEMO_PASSWORD = 'Gongkai2026!';

const data = tempDataDir();
let server: Running;

beforeAll(async () => {
  server = await startServer(testConfig(data.dir));
});
afterAll(async () => {
  await server?.app.close();
  data.remove();
});

const count = async (table: 'organizations' | 'publications' | 'files' | 'users') =>
  Number(
    (
      await server.app.deps.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('test mode', () => {
  it('seeds the demo into an empty database on start', async () => {
    expect(await count('organizations')).toBeGreaterThan(0);
    expect(await count('publications')).toBeGreaterThan(1000);
    expect(await login(server, 'editor', DEMO_PASSWORD)).toBeTruthy();
  });

  it('resets the database to a fresh demo seed and the clock to real time', async () => {
    const session = await login(server, 'editor', DEMO_PASSWORD);
    const uploaded = await server.call('/files', {
      method: 'POST',
      body: '测试文本',
      headers: { 'x-file-name': encodeURIComponent('说明.txt'), 'x-session-token': session },
    });
    const { id } = (await uploaded.json()) as { id: number };
    const before = {
      files: await count('files'),
      publications: await count('publications'),
      users: await count('users'),
    };
    await server.call('/__test/clock', { method: 'POST', body: JSON.stringify({ now: '2031-06-01T00:00:00Z' }) });

    const reset = await server.call('/__test/reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await count('files')).toBe(before.files - 1);
    expect(await count('publications')).toBe(before.publications);
    expect(await count('users')).toBe(before.users);
    expect((await server.call(`/files/${id}`, { headers: { 'x-session-token': session } })).status).toBe(404);
    // Sessions are gone with the data.
    expect((await server.call('/trpc/auth.me', { headers: { 'x-session-token': session } })).status).toBe(401);
    expect(Math.abs(server.app.deps.clock().getTime() - Date.now())).toBeLessThan(60_000);
    expect(existsSync(path.join(data.dir, 'gongkai.sqlite'))).toBe(true);
    expect(await login(server, 'editor', DEMO_PASSWORD)).toBeTruthy();
  });
});
