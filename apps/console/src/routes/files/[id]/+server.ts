import { error } from '@sveltejs/kit';
import { env } from '$lib/server/env';
import { apiHeaders } from '$lib/server/files';
import type { RequestHandler } from './$types';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'last-modified', 'etag'];

/**
 * Attachments and images of drafts, streamed from the API server with the official's session
 * (the browser never talks to the API server). Bodies insert images as `/files/{id}?inline=1`,
 * which the public site serves the same way.
 */
export const GET: RequestHandler = async (event) => {
  if (!/^\d+$/.test(event.params.id)) error(404, '文件不存在');
  const inline = event.url.searchParams.get('inline') === '1' ? '?inline=1' : '';
  let res: Response;
  try {
    res = await fetch(`${env().apiUrl}/files/${event.params.id}${inline}`, { headers: apiHeaders(event) });
  } catch {
    error(502, '无法连接后台服务，请稍后重试');
  }
  if (res.status === 404 || res.status === 403) error(404, '文件不存在或无权访问');
  if (!res.ok || !res.body) error(502, '文件读取失败');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of PASSED_HEADERS) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(res.body, { status: 200, headers });
};
