import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiUrl, internalToken } from '$lib/server/env.js';
import { positiveInt } from '$lib/url.js';

/** Response headers of the API's download that the visitor gets as they are. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'etag',
  'last-modified',
  'cache-control',
];

/**
 * Attachments and images, streamed from the API server (which the browser cannot reach):
 * published publications' files only, as the API decides.
 */
export const GET: RequestHandler = async (event) => {
  const id = positiveInt(event.params.id);
  if (id === undefined) error(404, '页面不存在');
  const inline = event.url.searchParams.get('inline') === '1' ? '?inline=1' : '';
  const headers: Record<string, string> = {
    'x-internal-token': internalToken(),
    'x-client-ip': event.getClientAddress(),
  };
  for (const name of ['if-none-match', 'if-modified-since', 'range']) {
    const value = event.request.headers.get(name);
    if (value) headers[name] = value;
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl}/files/${id}${inline}`, { headers });
  } catch (cause) {
    console.error('[site] file download failed', cause);
    error(500, '服务暂时不可用');
  }
  if (upstream.status === 404 || upstream.status === 403) {
    await upstream.body?.cancel();
    error(404, '页面不存在');
  }
  if (upstream.status >= 500 || upstream.status === 401) {
    await upstream.body?.cancel();
    error(500, '服务暂时不可用');
  }
  const out = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
};
