import { redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from './env.js';
import { SESSION_COOKIE, clearSession, loginUrl } from './session.js';

export interface UploadedFile {
  id: number;
  fileName: string;
  mime: string;
  size: number;
}

export type UploadResult = { ok: true; file: UploadedFile } | { ok: false; status: number; message: string };

/** Headers of the API server's plain HTTP routes: the same credentials as the tRPC calls. */
export function apiHeaders(event: RequestEvent): Record<string, string> {
  const session = event.cookies.get(SESSION_COOKIE);
  return {
    'x-internal-token': env().internalToken,
    'x-client-ip': event.getClientAddress(),
    ...(session ? { 'x-session-token': session } : {}),
  };
}

function signedOut(event: RequestEvent): never {
  clearSession(event.cookies, event.url);
  redirect(303, loginUrl(event.url));
}

/** The file from a multipart form field, or null when nothing was chosen. */
export function formFile(form: FormData, name: string): File | null {
  const v = form.get(name);
  return v instanceof File && v.size > 0 && v.name !== '' ? v : null;
}

/**
 * Forwards an uploaded file to the API server's `POST /files` (raw body, original name in
 * `x-file-name`). The API sniffs the content and enforces the size limit; its Chinese error is
 * passed on as it is.
 */
export async function uploadFile(event: RequestEvent, file: File): Promise<UploadResult> {
  let res: Response;
  try {
    res = await fetch(`${env().apiUrl}/files`, {
      method: 'POST',
      headers: {
        ...apiHeaders(event),
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: new Uint8Array(await file.arrayBuffer()),
    });
  } catch {
    return { ok: false, status: 502, message: '无法连接后台服务，请稍后重试' };
  }
  if (res.status === 401) signedOut(event);
  const body = (await res.json().catch(() => null)) as (Partial<UploadedFile> & { error?: string }) | null;
  if (!res.ok || !body || typeof body.id !== 'number') {
    const fallback = res.status === 413 ? '文件过大' : '文件上传失败';
    return { ok: false, status: res.status >= 400 ? res.status : 500, message: body?.error ?? fallback };
  }
  return { ok: true, file: body as UploadedFile };
}
