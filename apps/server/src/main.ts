import { createApp } from './app.js';
import { ConfigError, loadConfig } from './env.js';
import { consoleLogger as log } from './log.js';

/** Time a shutdown may take before open connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config, { log });
  const address = await app.listen();
  log.info(`gongkai API server (${config.mode} mode) listening on http://${address.address}:${address.port}`);
  if (config.mode !== 'production') log.info(`data folder: ${config.dataDir}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => {
      log.warn('shutdown grace period over, closing open connections');
      app.server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        clearTimeout(force);
        log.info('stopped');
      },
      (error: unknown) => {
        log.error('shutdown failed', error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else log.error('start-up failed', error);
  process.exit(1);
});
