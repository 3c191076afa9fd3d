import type { ServerResponse } from 'node:http';

/** Headers every answer of the API server carries: nothing here is for a browser to guess at or cache. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Errors keep the API's `{ error }` shape with a Chinese message the front ends show as is. */
export const sendError = (res: ServerResponse, status: number, message: string, headers?: Record<string, string>) =>
  sendJson(res, status, { error: message }, headers);
