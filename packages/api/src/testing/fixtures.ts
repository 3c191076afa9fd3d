import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  categoriesRepo,
  columnsRepo,
  createLocalFileStorage,
  organizationsRepo,
  sessionsRepo,
  type Db,
} from '@gongkai/db';
import { DEFAULT_COLUMNS, SESSION, type Role, type Segmenter } from '@gongkai/domain';
import { SYSTEM_ACTOR } from '../audit.js';
import { createContext, type ApiDeps } from '../context.js';
import { hashPassword } from '../passwords.js';
import { appRouter } from '../root.js';
import { hashToken } from '../sessions.js';
import { createCallerFactory } from '../trpc.js';
import { insertUser } from '../users.js';

export const INTERNAL_TOKEN = 'test-internal-token';
export const PASSWORD = 'Passw0rd-for-tests';

/** Intl word segmentation wrapped as the domain `Segmenter` (tests only; production uses jieba). */
export function intlSegmenter(): Segmenter {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const cut = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  return { cut, cutForSearch: cut };
}

/** The accounts every fixture has: per organization one per content role, plus the platform roles. */
const ORG_USERS = {
  editor: ['editor'],
  editor2: ['editor'],
  reviewer: ['reviewer'],
  /** A small town's official holding both roles: may review others' work, never their own. */
  editorReviewer: ['editor', 'reviewer'],
  publisher: ['publisher'],
  admin: ['org_admin'],
  requests: ['request_officer'],
  head: ['office_head'],
  interaction: ['interaction_officer'],
} as const satisfies Record<string, Role[]>;
const PLATFORM_USERS = {
  sys: ['sys_admin'],
  security: ['security_admin'],
  auditor: ['audit_admin'],
} as const satisfies Record<string, Role[]>;

export type OrgUserKey = `${'a' | 'b'}.${keyof typeof ORG_USERS}`;
export type UserKey = OrgUserKey | keyof typeof PLATFORM_USERS;

export interface FixtureOrg {
  id: number;
  slug: string;
  code: string;
  categoryIds: number[];
  columnIds: Record<string, number>;
}

export interface Fixture {
  db: Db;
  deps: ApiDeps;
  a: FixtureOrg;
  b: FixtureOrg;
  users: Record<UserKey, { id: number; username: string; token: string }>;
  /** A caller with the user's session (or none), always with the internal token. */
  caller(user?: UserKey, extraHeaders?: Record<string, string>): ReturnType<typeof createCaller>;
  /** Moves the fixture's clock (sessions may expire: see `renewSessions`). */
  setNow(instant: Date | string): void;
  /** Makes every fixture session fresh at the current clock, after a jump in time. */
  renewSessions(): Promise<void>;
  now(): Date;
  destroy(): Promise<void>;
}

const createCaller = createCallerFactory(appRouter);

/** A signed-in session of `userId` at `now`, known by `token` (for users made outside the fixture). */
export async function startSession(db: Db, userId: number, token: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await sessionsRepo.insert(db.db, {
    token_hash: hashToken(token),
    user_id: userId,
    created_at: at,
    last_seen_at: at,
    expires_at: new Date(now.getTime() + SESSION.absoluteHours * 3_600_000).toISOString(),
  });
}

/** A caller with the internal token and, given a session token, that session. */
export function callerWith(deps: ApiDeps, sessionToken?: string, extraHeaders: Record<string, string> = {}) {
  return createCaller(
    createContext(deps, {
      'x-internal-token': INTERNAL_TOKEN,
      ...(sessionToken ? { 'x-session-token': sessionToken } : {}),
      ...extraHeaders,
    }),
  );
}

let sharedHash: Promise<string> | undefined;

async function addOrg(
  db: Db,
  slug: string,
  name: string,
  code: string,
  isPrimary: boolean,
  at: string,
): Promise<FixtureOrg> {
  const q = db.db;
  const id = await organizationsRepo.insert(q, {
    slug,
    name,
    short_name: name,
    kind: '机关',
    code,
    parent_id: null,
    is_primary: isPrimary ? 1 : 0,
    office_name: `${name}政务公开办`,
    address: '',
    office_hours: '',
    phone: '0668-1234567',
    fax: '',
    email: '',
    hotline: '12345',
    postcode: '',
    guide_text: '',
    index_pattern: '{code}/{year}-{seq}',
    created_at: at,
    updated_at: at,
  });
  const categoryIds = [];
  for (const [i, n] of ['概况信息', '规章制度类信息'].entries()) {
    categoryIds.push(
      await categoriesRepo.insert(q, { organization_id: id, parent_id: null, name: n, sort_order: i, created_at: at }),
    );
  }
  categoryIds.push(
    await categoriesRepo.insert(q, {
      organization_id: id,
      parent_id: categoryIds[1]!,
      name: '规范性文件',
      sort_order: 0,
      created_at: at,
    }),
  );
  const columnIds: Record<string, number> = {};
  for (const [i, c] of DEFAULT_COLUMNS.slice(0, 4).entries()) {
    columnIds[c.slug] = await columnsRepo.insert(q, {
      organization_id: id,
      slug: c.slug,
      name: c.name,
      description: '',
      sort_order: i,
      created_at: at,
    });
  }
  return { id, slug, code, categoryIds, columnIds };
}

/** The API's dependencies over `db` with a settable clock and files in a temporary folder. */
export function testDeps(db: Db, start: string) {
  let now = new Date(start);
  const filesRoot = mkdtempSync(path.join(tmpdir(), 'gongkai-api-'));
  const deps: ApiDeps = {
    db,
    files: createLocalFileStorage(filesRoot),
    clock: () => now,
    segmenter: intlSegmenter(),
    internalToken: INTERNAL_TOKEN,
    piiAllowList: ['12345'],
    dataKey: 'test-data-key-'.padEnd(40, 'k'),
    formSecret: 'test-form-secret-'.padEnd(40, 's'),
  };
  return {
    deps,
    now: () => now,
    setNow: (instant: Date | string) => {
      now = new Date(instant);
    },
    async destroy() {
      await db.destroy();
      rmSync(filesRoot, { recursive: true, force: true });
    },
  };
}

/**
 * Two organizations (A is primary), every role in each, the three platform accounts, and a signed-in
 * session for each user. The password hash is computed once per test process to keep suites fast.
 */
export async function createFixture(db: Db, start = '2026-03-02T02:00:00.000Z'): Promise<Fixture> {
  const { deps, now: clock, setNow, destroy } = testDeps(db, start);
  const now = clock();
  const at = now.toISOString();
  const a = await addOrg(db, 'mianyang', '棉洋镇人民政府', '000014349', true, at);
  const b = await addOrg(db, 'huacheng', '华城镇人民政府', '000014350', false, at);
  const passwordHash = await (sharedHash ??= hashPassword(PASSWORD));

  const users = {} as Fixture['users'];
  const add = async (key: UserKey, organizationId: number | null, roles: readonly Role[]) => {
    const username = key.replace('.', '_');
    const id = await db.db
      .transaction()
      .execute((trx) =>
        insertUser(
          trx,
          { organizationId, username, displayName: `用户${username}`, roles: [...roles], passwordHash },
          SYSTEM_ACTOR,
          now,
        ),
      );
    const token = `token-${username}`;
    await startSession(db, id, token, now);
    users[key] = { id, username, token };
  };
  for (const [org, key] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    for (const [name, roles] of Object.entries(ORG_USERS)) await add(`${key}.${name}` as OrgUserKey, org.id, roles);
  }
  for (const [name, roles] of Object.entries(PLATFORM_USERS)) await add(name as UserKey, null, roles);

  return {
    db,
    deps,
    a,
    b,
    users,
    caller: (user, extraHeaders = {}) => callerWith(deps, user && users[user].token, extraHeaders),
    setNow,
    now: clock,
    async renewSessions() {
      const instant = clock();
      const expiresAt = new Date(instant.getTime() + SESSION.absoluteHours * 3_600_000).toISOString();
      await db.db.updateTable('sessions').set({ last_seen_at: instant.toISOString(), expires_at: expiresAt }).execute();
    },
    destroy,
  };
}

/** A valid `publications.create` input; override what the test is about. */
export function draftInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '棉洋镇2026年春耕生产工作方案',
    summary: '部署全镇春耕生产工作',
    writtenDate: '2026-02-20',
    issuingBody: '棉洋镇人民政府',
    docNumber: '棉府办发[2026]第003号',
    topic: '农业、林业、水利',
    genre: '方案',
    disclosureMode: '主动公开' as const,
    timeLimit: '长期公开' as const,
    columnIds: [] as number[],
    isNormative: false,
    bodyHtml: '<p>各村委会：</p><p>为做好春耕生产工作，现将有关事项通知如下。</p>',
    ...overrides,
  };
}
