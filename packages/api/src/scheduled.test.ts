import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Db } from '@gongkai/db';
import { publishDueScheduled } from './scheduled.js';
import { createFixture, draftInput, type Fixture } from './testing/fixtures.js';
import { testDialects } from './testing/test-dialects.js';

async function scheduleItems(f: Fixture, n: number, at: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await f.caller('a.editor').publications.create(draftInput({ title: `定时发布第${i + 1}号` }));
    await f.caller('a.editor').publications.submit({ id });
    await f.caller('a.reviewer').publications.approve({ id });
    await f.caller('a.publisher').publications.publish({ id, at });
    ids.push(id);
  }
  return ids;
}

/**
 * Two "server processes" firing at the same moment: on PostgreSQL two connection pools to the same
 * schema. better-sqlite3 is synchronous, so two connections in one thread would block each other on
 * the file lock; on SQLite both callers share the connection (the database serializes writers).
 */
async function runTwice(f: Fixture, second: Db) {
  const [x, y] = await Promise.all([publishDueScheduled(f.deps), publishDueScheduled({ ...f.deps, db: second })]);
  return x + y;
}

async function expectPublishedOnce(f: Fixture, ids: number[]) {
  const rows = await f.db.db
    .selectFrom('publications')
    .select(['id', 'status', 'index_no'])
    .where('id', 'in', ids)
    .execute();
  expect(rows.every((r) => r.status === 'published')).toBe(true);
  expect(new Set(rows.map((r) => r.index_no)).size).toBe(ids.length);
  const audits = await f.db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'publication.publish')
    .execute();
  expect(audits).toHaveLength(ids.length);
  expect(audits.every((a) => a.actor_name === '系统' && a.actor_id === null)).toBe(true);
  const revisions = await f.db.db.selectFrom('publication_revisions').select('publication_id').execute();
  expect(revisions).toHaveLength(ids.length);
  expect(await f.caller('auditor').audit.verify()).toMatchObject({ ok: true });
}

describe.each(testDialects())('scheduled publishing on $name', (dialect) => {
  let f: Fixture;
  let second: Db | undefined;
  afterEach(async () => {
    await second?.destroy();
    second = undefined;
    await f.destroy();
  });

  it('publishes due items exactly once with two concurrent callers', async () => {
    f = await createFixture(await dialect.open());
    const at = new Date(f.now().getTime() + 10 * 60_000).toISOString();
    const ids = await scheduleItems(f, 5, at);
    expect(await publishDueScheduled(f.deps)).toBe(0);
    expect((await f.caller().public.list({})).total).toBe(0);

    second =
      dialect.name === 'postgres'
        ? connect({ url: process.env.TEST_DATABASE_URL!, schema: f.db.schema, poolSize: 4 })
        : undefined;
    f.setNow(at);
    expect(await runTwice(f, second ?? f.db)).toBe(5);
    expect(await runTwice(f, second ?? f.db)).toBe(0);
    await expectPublishedOnce(f, ids);
    expect((await f.caller().public.list({})).total).toBe(5);
  });

  it('lets the publisher unschedule', async () => {
    f = await createFixture(await dialect.open());
    const at = new Date(f.now().getTime() + 60_000).toISOString();
    const [id] = await scheduleItems(f, 1, at);
    await f.caller('a.publisher').publications.unschedule({ id: id! });
    f.setNow(at);
    expect(await publishDueScheduled(f.deps)).toBe(0);
    expect((await f.caller('a.publisher').publications.get({ id: id! })).status).toBe('approved');
  });
});
