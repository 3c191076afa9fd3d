// `npm start` / `pnpm start`: install if needed, build, then run the API server (demo data on
// SQLite), the public site and the console until Ctrl-C.
import { ensureInstalled, pnpm, startProcess, waitForHttp } from './lib/toolchain.mjs';

ensureInstalled();
console.log('▶ Building (cached after the first time)…');
pnpm(['turbo', 'run', 'build', '--output-logs=errors-only']);

const sitePort = process.env.SITE_PORT ?? '3000';
const consolePort = process.env.CONSOLE_PORT ?? '3001';
const apiPort = process.env.API_PORT ?? '3002';
const apiUrl = `http://127.0.0.1:${apiPort}`;

const children = [startProcess('api', 'node', ['apps/server/dist/main.js'], { API_PORT: apiPort })];
await waitForHttp(`${apiUrl}/health`, 180000);
children.push(
  startProcess('site', 'node', ['apps/site/server.js'], {
    PORT: sitePort,
    API_URL: apiUrl,
    ORIGIN: `http://localhost:${sitePort}`,
    // The 依申请公开 form carries up to three 5 MB attachments.
    BODY_SIZE_LIMIT: '20M',
  }),
  startProcess('console', 'node', ['apps/console/build/index.js'], {
    PORT: consolePort,
    API_URL: apiUrl,
    ORIGIN: `http://localhost:${consolePort}`,
    BODY_SIZE_LIMIT: '50M',
  }),
);
await Promise.all([waitForHttp(`http://localhost:${sitePort}/`), waitForHttp(`http://localhost:${consolePort}/login`)]);
console.log(`
  公开 Gongkai is running:
    public site  http://localhost:${sitePort}
    console      http://localhost:${consolePort}   (demo accounts are listed above by [api])
    API server   ${apiUrl}  (internal)
  Press Ctrl-C to stop.
`);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`A process exited with code ${code}; stopping.`);
      stop();
    }
  });
}
