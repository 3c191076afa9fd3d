import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { appRouter, contentVersion, createContext, recordViews, type ApiDeps } from '@gongkai/api';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { z } from 'zod';
import { BodyTooLargeError, readJson } from './http/body.js';
import { handleDownload, handleUpload } from './http/files.js';
import { sendError, sendJson } from './http/respond.js';
import { handleTestRoute, type TestHooks } from './http/test-routes.js';
import type { Logger } from './log.js';

export interface HttpOptions {
  deps: ApiDeps;
  uploadMaxBytes: number;
  log: Logger;
  /** Only in test mode; without them every `/__test/*` route is 404. */
  testHooks?: TestHooks;
}

/** tRPC inputs are forms and rich text, never files (those go to POST /files). */
const TRPC_MAX_BODY_BYTES = 10 * 1024 * 1024;
const VIEWS_MAX_BODY_BYTES = 1024 * 1024;

const viewsSchema = z.object({
  views: z
    .array(z.object({ id: z.number().int().positive(), n: z.number().int().positive().max(1_000_000) }))
    .max(10_000),
});

/** Node's headers flattened to what `createContext` reads (repeated headers: the first one). */
export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** Compares digests so neither the time taken nor a length mismatch says anything about the token. */
export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || expected === '') return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createHttpServer(options: HttpOptions): Server {
  const { deps, uploadMaxBytes, log, testHooks } = options;
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: TRPC_MAX_BODY_BYTES,
    createContext: ({ req }) => createContext(deps, flatHeaders(req.headers)),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error(`trpc ${path ?? '?'} failed`, error.cause ?? error);
    },
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://api.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/health') return sendJson(res, 200, { ok: true });
    if (!tokenMatches(req.headers['x-internal-token'], deps.internalToken)) {
      return sendError(res, 401, '缺少或错误的内部令牌');
    }
    if (path === '/trpc' || path.startsWith('/trpc/')) return trpc(req, res);
    if (path === '/files') {
      if (method !== 'POST') return sendError(res, 405, '不支持的请求方法', { Allow: 'POST' });
      return handleUpload(deps, uploadMaxBytes, req, res);
    }
    const fileMatch = /^\/files\/([1-9]\d{0,14})$/.exec(path);
    if (fileMatch) {
      if (method !== 'GET') return sendError(res, 405, '不支持的请求方法', { Allow: 'GET' });
      return handleDownload(deps, Number(fileMatch[1]), url.searchParams.get('inline') === '1', req, res);
    }
    if (path === '/version' && method === 'GET') return sendJson(res, 200, { version: await contentVersion(deps.db) });
    if (path === '/views' && method === 'POST') {
      const parsed = viewsSchema.safeParse(await readJson(req, VIEWS_MAX_BODY_BYTES));
      if (!parsed.success) return sendError(res, 400, '请求格式错误：需要 { views: [{ id, n }] }');
      await recordViews(deps, parsed.data.views);
      return sendJson(res, 200, { ok: true });
    }
    if (testHooks && path.startsWith('/__test/')) return handleTestRoute(testHooks, path, req, res);
    return sendError(res, 404, '未找到');
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        log.error(`${req.method} ${req.url} failed after the answer started`, error);
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) return sendError(res, 413, '请求内容过大', { Connection: 'close' });
      if (error instanceof TRPCError) {
        const status = getHTTPStatusCodeFromError(error);
        if (status >= 500) log.error(`${req.method} ${req.url} failed`, error.cause ?? error);
        return sendError(res, status, status >= 500 ? '服务器内部错误' : error.message);
      }
      log.error(`${req.method} ${req.url} failed`, error);
      sendError(res, 500, '服务器内部错误');
    });
  });
}
