import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { openDownload, storeUpload, type ApiDeps } from '@gongkai/api';
import { BodyTooLargeError, readBody } from './body.js';
import { contentDisposition } from './content-disposition.js';
import { BASE_HEADERS, sendError, sendJson } from './respond.js';
import { createSemaphore } from './semaphore.js';

export const TOO_LARGE_MESSAGE = '文件超过大小限制';

/** Uploads buffered at once; the rest wait with their bodies unread (see semaphore.ts). */
const uploads = createSemaphore(2);

export const sessionTokenOf = (req: IncomingMessage): string | undefined => {
  const value = req.headers['x-session-token'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

function fileNameOf(req: IncomingMessage): string | null {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return null;
  }
}

/**
 * 413 before anything is stored. `Connection: close` because the rest of an oversize body is
 * never read; the socket is closed once the answer is out.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  sendError(res, 413, TOO_LARGE_MESSAGE, { Connection: 'close' });
  res.once('finish', () => req.destroy());
}

/** `POST /files`: raw body, `x-file-name` (URI-encoded), `x-session-token`. */
export async function handleUpload(
  deps: ApiDeps,
  maxBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const fileName = fileNameOf(req);
  if (!fileName) return sendError(res, 400, '缺少文件名（请求头 x-file-name）');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return refuseTooLarge(req, res);
  await uploads.use(async () => {
    let bytes: Buffer;
    try {
      bytes = await readBody(req, maxBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseTooLarge(req, res);
      throw error;
    }
    const result = await storeUpload(deps, { sessionToken: sessionTokenOf(req), fileName, bytes });
    if (!result.ok) return sendError(res, result.status, result.error);
    const { id, mime, size } = result;
    sendJson(res, 200, { id, fileName: result.fileName, mime, size });
  });
}

/** `GET /files/:id`: streamed; attachment unless `?inline=1` on an image. */
export async function handleDownload(
  deps: ApiDeps,
  fileId: number,
  inline: boolean,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const file = await openDownload(deps, { fileId, sessionToken: sessionTokenOf(req) });
  if (!file) return sendError(res, 404, '文件不存在或无权访问');
  // Read the first chunk before answering: a file missing from storage is then a clean 500
  // instead of a 200 cut short.
  const chunks = file.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const disposition = inline && file.mime.startsWith('image/') ? 'inline' : 'attachment';
  res.writeHead(200, {
    ...BASE_HEADERS,
    // Whether a file is public can change (withdrawal), so shared caches must not keep it.
    'Cache-Control': 'private, no-cache',
    'Content-Type': file.mime,
    'Content-Length': file.size,
    'Content-Disposition': contentDisposition(disposition, file.fileName),
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  try {
    await pipeline(async function* () {
      if (first.done) return;
      yield first.value;
      // Forwarding through yield* also forwards return(): an aborted download closes the file.
      yield* { [Symbol.asyncIterator]: () => chunks };
    }, res);
  } catch (error) {
    // The client went away mid-download: nothing to report.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
