import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishDueScheduled, type ApiDeps } from '@gongkai/api';
import { connect, createJiebaSegmenter, createLocalFileStorage, migrateToLatest, type Db } from '@gongkai/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log.js';
import { addScheduled, addStaff, openDb, startServer, tempDataDir, testConfig, TOKEN } from '../testing/fixture.js';
import { publishScheduledJob } from './publish-scheduled.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Per item: its status, 索引号 and how many publish entries the audit log holds for it. */
async function outcome(db: Db, ids: number[]) {
  const rows = await db.db
    .selectFrom('publications')
    .select(['id', 'status', 'index_no'])
    .where('id', 'in', ids)
    .execute();
  const audits = await db.db
    .selectFrom('audit_log')
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('action', '=', 'publication.publish')
    .groupBy('entity_id')
    .execute();
  const auditCount = new Map(audits.map((a) => [Number(a.entity_id), Number(a.n)]));
  return {
    statuses: new Set(rows.map((r) => r.status)),
    distinctIndexNumbers: new Set(rows.map((r) => r.index_no)).size,
    publishEntries: ids.map((id) => auditCount.get(id) ?? 0),
  };
}

function expectPublishedOnce(result: Awaited<ReturnType<typeof outcome>>, count: number) {
  expect(result.statuses).toEqual(new Set(['published']));
  expect(result.distinctIndexNumbers).toBe(count);
  expect(result.publishEntries).toEqual(Array.from({ length: count }, () => 1));
}

describe('scheduled publishing', () => {
  it('publishes items that fell due while the server was down as it starts', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const config = testConfig(data.dir);
    const db = await openDb(config);
    const staff = await addStaff(db);
    const [due] = await addScheduled(db, staff, 1, new Date(Date.now() - 60_000));
    const [later] = await addScheduled(db, staff, 1, new Date(Date.now() + 3600_000));
    await db.destroy();

    const server = await startServer(config);
    cleanups.push(() => server.app.close());
    const rows = await server.app.deps.db.db
      .selectFrom('publications')
      .select(['id', 'status'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: due, status: 'published' },
      { id: later, status: 'scheduled' },
    ]);

    // In test mode, moving the clock past the later item publishes it before the answer.
    const res = await server.call('/__test/clock', {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 2 * 3600_000 }),
    });
    expect(res.status).toBe(200);
    const after = await server.app.deps.db.db
      .selectFrom('publications')
      .select('status')
      .where('id', '=', later!)
      .executeTakeFirst();
    expect(after?.status).toBe('published');
  });

  it('two server processes on one SQLite file publish each due item exactly once', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const config = testConfig(data.dir);
    const db = await openDb(config);
    const staff = await addStaff(db);
    const ids = await addScheduled(db, staff, 30, new Date(Date.now() - 1000));
    await db.destroy();

    const env = {
      ...process.env,
      GONGKAI_MODE: 'test',
      GONGKAI_DATA_DIR: data.dir,
      DATABASE_URL: config.databaseUrl,
      API_HOST: '127.0.0.1',
      API_PORT: '0',
      GONGKAI_INTERNAL_TOKEN: TOKEN,
      GONGKAI_SESSION_SECRET: config.secrets.sessionSecret,
      GONGKAI_DATA_KEY: config.secrets.dataKey,
    };
    const processes = [startProcess(env), startProcess(env)];
    cleanups.push(() => processes.forEach((p) => p.child.kill('SIGKILL')));
    const ports = await Promise.all(processes.map((p) => p.listening));
    for (const port of ports) {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    }
    // Both stop cleanly on SIGTERM (the job, the server and the database close).
    const exits = await Promise.all(processes.map((p) => p.stop()));
    expect(exits).toEqual([0, 0]);

    const published = processes.map((p) => p.publishedCount());
    expect(published[0]! + published[1]!).toBe(ids.length);
    const check = await openDb(config);
    try {
      expectPublishedOnce(await outcome(check, ids), ids.length);
    } finally {
      await check.destroy();
    }
  });

  const pgUrl = process.env.TEST_DATABASE_URL;
  it.runIf(Boolean(pgUrl))('two publishing loops on PostgreSQL publish each due item exactly once', async () => {
    const schema = `srv_${Math.random().toString(36).slice(2, 10)}`;
    const admin = connect({ url: pgUrl! });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    cleanups.push(async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.destroy();
    });
    const first = connect({ url: pgUrl!, schema, poolSize: 4 });
    const second = connect({ url: pgUrl!, schema, poolSize: 4 });
    cleanups.push(
      () => first.destroy(),
      () => second.destroy(),
    );
    await migrateToLatest(first);
    const staff = await addStaff(first);
    const ids = await addScheduled(first, staff, 40, new Date(Date.now() - 1000));

    const data = tempDataDir();
    cleanups.push(data.remove);
    const segmenter = createJiebaSegmenter();
    const depsFor = (db: Db): ApiDeps => ({
      db,
      files: createLocalFileStorage(data.dir),
      clock: () => new Date(),
      segmenter,
      internalToken: TOKEN,
      piiAllowList: [],
      dataKey: 'k'.repeat(40),
      formSecret: 's'.repeat(40),
    });
    let published = 0;
    const loop = async (deps: ApiDeps) => {
      for (let i = 0; i < 3; i++) {
        const n = await publishDueScheduled(deps);
        published += n;
      }
    };
    await Promise.all([loop(depsFor(first)), loop(depsFor(second))]);
    expect(published).toBe(ids.length);
    expectPublishedOnce(await outcome(first, ids), ids.length);
  });

  it('the job keeps one process from running two publishing passes at once', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const db = await openDb(testConfig(data.dir));
    cleanups.push(() => db.destroy());
    const staff = await addStaff(db);
    const ids = await addScheduled(db, staff, 10, new Date(Date.now() - 1000));
    const job = publishScheduledJob(
      {
        db,
        files: createLocalFileStorage(data.dir),
        clock: () => new Date(),
        segmenter: createJiebaSegmenter(),
        internalToken: TOKEN,
        piiAllowList: [],
        dataKey: 'k'.repeat(40),
        formSecret: 's'.repeat(40),
      },
      silentLogger,
      10,
    );
    job.start();
    await Promise.all([job.runNow(), job.runNow(), job.runNow()]);
    await job.stop();
    expectPublishedOnce(await outcome(db, ids), ids.length);
  });
});

interface ServerProcess {
  child: ChildProcess;
  listening: Promise<number>;
  stop(): Promise<number | null>;
  publishedCount(): number;
}

/** Starts dist/main.js and follows its log: the port it listens on, what it published. */
function startProcess(env: NodeJS.ProcessEnv): ServerProcess {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/[\d.]+:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return {
    child,
    listening,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    publishedCount: () =>
      [...output.matchAll(/published (\d+) scheduled item/g)].reduce((sum, m) => sum + Number(m[1]), 0),
  };
}
