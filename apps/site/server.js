// @ts-check
/**
 * Production entry of the public site: `node apps/site/server.js` (PORT default 3000, HOST
 * default 0.0.0.0). Serves SvelteKit's adapter-node handler behind the in-memory page cache of
 * front/front-server.js.
 */
import { createFrontServer } from './front/front-server.js';
import { readSettings } from './front/settings.js';

const settings = readSettings(process.env);
const { handler } = await import(new URL('./build/handler.js', import.meta.url).href);

const front = createFrontServer({
  handler,
  apiUrl: settings.apiUrl,
  internalToken: settings.internalToken,
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
front.server.listen(port, host, () => {
  console.log(`[site] listening on http://${host}:${port} (API ${settings.apiUrl})`);
});
front.startTimers();

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    // Send the buffered view counts before leaving.
    void front.stop().finally(() => process.exit(0));
  });
}
