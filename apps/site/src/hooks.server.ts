import type { Handle, HandleServerError } from '@sveltejs/kit';
import { etagMatches, etagOf } from '../front/etag.js';
import { MODE_COOKIE, normalizeMode } from '../front/mode.js';
import { PUBLIC_CACHE_CONTROL } from '$lib/server/cache-control.js';
import { modeSwitch } from '$lib/server/mode-switch.js';

export const handle: Handle = async ({ event, resolve }) => {
  const switched = modeSwitch(event.url);
  if (switched && event.request.method === 'GET') {
    return new Response(null, {
      status: 303,
      headers: { location: switched.location, 'set-cookie': switched.cookie, 'cache-control': 'no-store' },
    });
  }

  const mode = normalizeMode(event.cookies.get(MODE_COOKIE));
  event.locals.mode = mode;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%gk.htmlclass%', `gk-${mode}`),
  });

  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  if (event.request.method !== 'GET' || response.status !== 200) return response;

  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html') && !response.headers.has('cache-control')) {
    response.headers.set('cache-control', PUBLIC_CACHE_CONTROL);
    response.headers.set('vary', 'Cookie');
  }
  // Entity tags for our own text responses (pages, feeds, sitemaps, report JSON); files carry the API's.
  const textual = /^(text\/|application\/((rss\+)?xml|json))/.test(type);
  if (!textual || response.headers.has('etag') || !/\bpublic\b/.test(response.headers.get('cache-control') ?? '')) {
    return response;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = etagOf(body);
  const headers = new Headers(response.headers);
  headers.set('etag', etag);
  if (etagMatches(event.request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
};

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error('[site] unexpected error', error);
  return { message: status === 404 ? '页面不存在' : '服务暂时不可用' };
};
