import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiDeps } from '@gongkai/api';
import { connect, createJiebaSegmenter, createLocalFileStorage, migrateToLatest, type Db } from '@gongkai/db';
import { createClock, type SettableClock } from './clock.js';
import type { Config } from './env.js';
import { createHttpServer } from './http.js';
import type { TestHooks } from './http/test-routes.js';
import type { IntervalJob } from './jobs/interval-job.js';
import { publishScheduledJob } from './jobs/publish-scheduled.js';
import type { Logger } from './log.js';
import { isEmptyDatabase } from './demo.js';
import { resetDatabase } from './reset-database.js';
import { seedDemoInChildProcess } from './seed-process.js';

export interface App {
  deps: ApiDeps;
  clock: SettableClock;
  server: Server;
  jobs: IntervalJob[];
  /** Listens on the configured host and port (port 0: any free one) and starts the jobs. */
  listen(): Promise<AddressInfo>;
  /** Stops accepting requests, lets running requests and jobs finish, closes the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  log: Logger;
}

/** Words the segmenter must keep whole: every organization's full and short name. */
async function organizationNames(db: Db): Promise<string[]> {
  const rows = await db.db.selectFrom('organizations').select(['name', 'short_name']).execute();
  return rows.flatMap((r) => [r.name, r.short_name]).filter(Boolean);
}

/**
 * Start-up: connect, migrate, seed the demo into an empty database (demo and test modes), then
 * publish whatever fell due while the server was down before the first request is served.
 */
export async function createApp(config: Config, { log }: AppOptions): Promise<App> {
  const db = connect({ url: config.databaseUrl });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Production seeds nothing: an operator creates the first administrator with the CLI.
  const seedIfEmpty = async () => {
    if (config.mode === 'production' || !(await isEmptyDatabase(db))) return;
    const printed = await seedDemoInChildProcess(config);
    if (printed) log.info(`${printed}\n`);
  };
  await seedIfEmpty();

  const clock = createClock();
  const deps: ApiDeps = {
    db,
    files: createLocalFileStorage(config.filesDir),
    clock: () => clock.now(),
    segmenter: createJiebaSegmenter(await organizationNames(db)),
    internalToken: config.secrets.internalToken,
    piiAllowList: config.piiAllowList,
    dataKey: config.secrets.dataKey,
    formSecret: config.secrets.sessionSecret,
  };
  // The dictionary loads on first use (~0.5 s): pay that at start-up, not on a visitor's first search.
  deps.segmenter.cut('棉洋镇');
  const publishJob = publishScheduledJob(deps, log);
  const jobs = [publishJob];
  await publishJob.runNow();

  let resetting = Promise.resolve();
  const testHooks: TestHooks | undefined =
    config.mode === 'test'
      ? {
          reset() {
            // Serialized: two resets at once would drop tables under each other.
            const run = resetting.then(async () => {
              await publishJob.stop();
              try {
                await resetDatabase(db, config.filesDir);
                clock.reset();
                await seedIfEmpty();
              } finally {
                publishJob.start();
              }
            });
            resetting = run.catch(() => {});
            return run;
          },
          now: () => clock.now(),
          setClock(change) {
            if ('advanceMs' in change) clock.advance(change.advanceMs);
            else if (change.now === null) clock.reset();
            else clock.set(new Date(change.now));
          },
          runJobs: () => publishJob.runNow(),
        }
      : undefined;

  const server = createHttpServer({
    deps,
    uploadMaxBytes: config.uploadMaxBytes,
    log,
    ...(testHooks ? { testHooks } : {}),
  });

  return {
    deps,
    clock,
    server,
    jobs,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          for (const job of jobs) job.start();
          resolve(server.address() as AddressInfo);
        });
      }),
    async close() {
      const closed = server.listening
        ? new Promise<void>((resolve) => server.close(() => resolve()))
        : Promise.resolve();
      server.closeIdleConnections();
      await Promise.all(jobs.map((job) => job.stop()));
      await closed;
      await db.destroy();
    },
  };
}
