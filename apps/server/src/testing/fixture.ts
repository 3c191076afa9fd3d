import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createUser } from '@gongkai/api';
import { connect, migrateToLatest, organizationsRepo, publicationsRepo, type Db } from '@gongkai/db';
import { GENRES, TOPICS, type Role } from '@gongkai/domain';
import { createApp, type App } from '../app.js';
import type { Config, Mode } from '../env.js';
import type { Logger } from '../log.js';

export const TOKEN = 'test-internal-token-0123456789abcdef0123';
export const PASSWORD = 'Gongkai2015test';

/** Errors still show up in the test output; routine lines do not. */
export const testLogger: Logger = {
  info: () => {},
  warn: (m) => console.warn(m),
  error: (m, e) => console.error(m, e),
};

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    mode: 'test' as Mode,
    dataDir,
    databaseUrl: path.join(dataDir, 'gongkai.sqlite'),
    filesDir: path.join(dataDir, 'files'),
    host: '127.0.0.1',
    port: 0,
    secrets: { internalToken: TOKEN, sessionSecret: 's'.repeat(40), dataKey: 'k'.repeat(40) },
    piiAllowList: [],
    uploadMaxBytes: 1024 * 1024,
    ...overrides,
  };
}

export interface Staff {
  orgId: number;
  users: Record<'editor' | 'publisher', { id: number; username: string }>;
}

/**
 * One organization with an editor and a publisher: enough for uploads and scheduling, and it
 * makes the database non-empty so the server does not seed the (large) demo.
 */
export async function addStaff(db: Db): Promise<Staff> {
  const now = new Date().toISOString();
  const orgId = await organizationsRepo.insert(db.db, {
    slug: 'mianyang',
    name: '棉洋镇人民政府',
    short_name: '棉洋镇',
    kind: '机关',
    code: '000014349',
    parent_id: null,
    is_primary: 1,
    office_name: '棉洋镇党政办',
    address: '',
    office_hours: '',
    phone: '',
    fax: '',
    email: '',
    hotline: '',
    postcode: '',
    guide_text: '',
    index_pattern: '{code}/{year}-{seq}',
    created_at: now,
    updated_at: now,
  });
  const make = async (username: string, roles: Role[]) => ({
    id: await createUser(db, { organizationId: orgId, username, displayName: username, password: PASSWORD, roles }),
    username,
  });
  return {
    orgId,
    users: { editor: await make('editor1', ['editor']), publisher: await make('publisher1', ['publisher']) },
  };
}

/** Scheduled items (approved, then scheduled by the publisher) due at `scheduledAt`. */
export async function addScheduled(db: Db, staff: Staff, count: number, scheduledAt: Date): Promise<number[]> {
  const at = new Date(scheduledAt.getTime() - 3600_000).toISOString();
  const ids: number[] = [];
  for (let i = 1; i <= count; i++) {
    ids.push(
      await publicationsRepo.insert(db.db, {
        organization_id: staff.orgId,
        title: `关于棉洋镇定时发布测试第${i}号的通知`,
        summary: '定时发布测试',
        issuing_body: '棉洋镇人民政府',
        doc_number: '',
        topic: TOPICS[0],
        genre: GENRES[0],
        validity: '有效',
        disclosure_mode: '主动公开',
        time_limit: '长期公开',
        review_comment: '',
        pii_justification: '',
        withdrawn_reason: '',
        body_html: `<p>定时发布测试正文${i}</p>`,
        body_text: `定时发布测试正文${i}`,
        status: 'scheduled',
        scheduled_at: scheduledAt.toISOString(),
        author_id: staff.users.editor.id,
        publisher_id: staff.users.publisher.id,
        submitted_at: at,
        reviewed_at: at,
        created_at: at,
        updated_at: at,
      }),
    );
  }
  return ids;
}

/** Opens the SQLite file of a data folder, migrated. */
export async function openDb(config: Config): Promise<Db> {
  const db = connect({ url: config.databaseUrl });
  await migrateToLatest(db);
  return db;
}

export interface Running {
  app: App;
  url: string;
  /** fetch with the internal token. */
  call(pathname: string, init?: RequestInit): Promise<Response>;
}

export async function startServer(config: Config): Promise<Running> {
  const app = await createApp(config, { log: testLogger });
  const address = await app.listen();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    call: (pathname, init = {}) =>
      fetch(url + pathname, {
        ...init,
        headers: { 'x-internal-token': TOKEN, ...(init.headers as Record<string, string>) },
      }),
  };
}

/** Signs in through the tRPC endpoint as the console does; returns the session token. */
export async function login(server: Running, username: string, password = PASSWORD): Promise<string> {
  const res = await server.call('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { result?: { data: { token: string } }; error?: unknown };
  if (!body.result) throw new Error(`login failed: ${JSON.stringify(body.error)}`);
  return body.result.data.token;
}
