import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { filesRepo } from '@gongkai/db';
import {
  ATTACHMENT_MAX_BYTES,
  CONTENT_ROLES,
  hasRole,
  IMAGE_EXTENSIONS,
  IMAGE_MAX_BYTES,
  sniffFileType,
} from '@gongkai/domain';
import { appendAudit } from './audit.js';
import { actorOf } from './authz.js';
import type { ApiDeps } from './context.js';
import { authenticate } from './sessions.js';
import { inTx } from './tx.js';

export type UploadResult =
  | { ok: true; id: number; fileName: string; mime: string; size: number }
  | { ok: false; status: 400 | 401 | 403 | 413; error: string };

const MB = 1024 * 1024;

/** The last path segment, without control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...base].slice(-200).join('');
}

/**
 * Text of a document for the personal-data scan before approval. Best effort: a document that
 * cannot be read has no text (the reviewer still sees the attachment itself).
 */
export async function extractFileText(bytes: Uint8Array, ext: string): Promise<string> {
  try {
    switch (ext) {
      case 'docx':
        return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      case 'txt':
      case 'csv':
        return new TextDecoder('utf-8').decode(bytes);
      case 'pdf': {
        const pdf = await getDocumentProxy(new Uint8Array(bytes));
        return (await extractText(pdf, { mergePages: true })).text;
      }
      default:
        return '';
    }
  } catch {
    return '';
  }
}

/**
 * One uploaded file from a staff member: checked by content (domain `sniffFileType`) and size,
 * stored under `files/YYYY/MM/<random>`, its text extracted, recorded and audited.
 */
export async function storeUpload(
  deps: ApiDeps,
  input: { sessionToken: string | null | undefined; fileName: string; bytes: Uint8Array },
): Promise<UploadResult> {
  const user = await authenticate(deps, input.sessionToken);
  if (!user) return { ok: false, status: 401, error: '登录已过期，请重新登录' };
  if (user.organizationId === null || !hasRole(user, ...CONTENT_ROLES)) {
    return { ok: false, status: 403, error: '您没有上传文件的权限' };
  }
  const organizationId = user.organizationId;
  const fileName = cleanFileName(input.fileName);
  if (fileName === '') return { ok: false, status: 400, error: '文件名不能为空' };
  if (input.bytes.length > ATTACHMENT_MAX_BYTES) {
    return { ok: false, status: 413, error: `文件不能超过${ATTACHMENT_MAX_BYTES / MB}MB` };
  }
  const type = sniffFileType(input.bytes, fileName);
  if (!type.ok) return { ok: false, status: 400, error: type.message };
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(type.ext) && input.bytes.length > IMAGE_MAX_BYTES) {
    return { ok: false, status: 413, error: `图片不能超过${IMAGE_MAX_BYTES / MB}MB` };
  }

  const now = deps.clock();
  const at = now.toISOString();
  const key = `files/${at.slice(0, 4)}/${at.slice(5, 7)}/${randomBytes(16).toString('hex')}`;
  const text = await extractFileText(input.bytes, type.ext);
  await deps.files.put(key, input.bytes);
  try {
    const id = await inTx(deps, async (trx) => {
      const fileId = await filesRepo.insert(trx, {
        organization_id: organizationId,
        storage_key: key,
        file_name: fileName,
        mime: type.mime,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        text_content: text,
        uploaded_by: user.id,
        created_at: at,
      });
      await appendAudit(trx, {
        at,
        actor: actorOf(user),
        organizationId,
        action: 'file.upload',
        entityType: 'file',
        entityId: fileId,
        summary: `上传文件 ${fileName}（${input.bytes.length} 字节）`,
        detail: { fileName, mime: type.mime, size: input.bytes.length },
      });
      return fileId;
    });
    return { ok: true, id, fileName, mime: type.mime, size: input.bytes.length };
  } catch (error) {
    await deps.files.remove(key);
    throw error;
  }
}

export interface Download {
  fileName: string;
  mime: string;
  size: number;
  stream: Readable;
}

/**
 * A file for download, or null when it does not exist or the caller may not have it: anyone may
 * download a file attached to a published publication; otherwise only staff of its organization.
 */
export async function openDownload(
  deps: ApiDeps,
  input: { fileId: number; sessionToken?: string | null },
): Promise<Download | null> {
  if (!Number.isSafeInteger(input.fileId) || input.fileId <= 0) return null;
  const file = await filesRepo.findById(deps.db.db, input.fileId);
  if (!file) return null;
  if (!(await filesRepo.isPublic(deps.db.db, file.id))) {
    const user = await authenticate(deps, input.sessionToken);
    if (!user || user.organizationId !== file.organization_id) return null;
  }
  return { fileName: file.file_name, mime: file.mime, size: file.size, stream: deps.files.stream(file.storage_key) };
}
