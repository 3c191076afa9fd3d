import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Kysely } from 'kysely';
import { filesRepo, requestsRepo, type Database } from '@gongkai/db';
import {
  ATTACHMENT_MAX_BYTES,
  CASE_READER_ROLES,
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

/** A checked file whose bytes are in storage, waiting for its row (see `recordFile`). */
export interface PreparedFile {
  key: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  text: string;
}

export type Prepared = { ok: true; file: PreparedFile } | { ok: false; status: 400 | 413; error: string };

/**
 * Checks a file by content (domain `sniffFileType`) and size, extracts its text and puts the bytes
 * under `files/YYYY/MM/<random>`. The caller records it with `recordFile` in its transaction and
 * calls `discardFile` if that transaction fails.
 */
export async function prepareFile(deps: ApiDeps, rawName: string, bytes: Uint8Array): Promise<Prepared> {
  const fileName = cleanFileName(rawName);
  if (fileName === '') return { ok: false, status: 400, error: '文件名不能为空' };
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    return { ok: false, status: 413, error: `文件不能超过${ATTACHMENT_MAX_BYTES / MB}MB` };
  }
  const type = sniffFileType(bytes, fileName);
  if (!type.ok) return { ok: false, status: 400, error: type.message };
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(type.ext) && bytes.length > IMAGE_MAX_BYTES) {
    return { ok: false, status: 413, error: `图片不能超过${IMAGE_MAX_BYTES / MB}MB` };
  }
  const at = deps.clock().toISOString();
  const key = `files/${at.slice(0, 4)}/${at.slice(5, 7)}/${randomBytes(16).toString('hex')}`;
  const text = await extractFileText(bytes, type.ext);
  await deps.files.put(key, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, file: { key, fileName, mime: type.mime, size: bytes.length, sha256, text } };
}

export function recordFile(
  trx: Kysely<Database>,
  file: PreparedFile,
  owner: { organizationId: number; uploadedBy: number | null; at: string },
): Promise<number> {
  return filesRepo.insert(trx, {
    organization_id: owner.organizationId,
    storage_key: file.key,
    file_name: file.fileName,
    mime: file.mime,
    size: file.size,
    sha256: file.sha256,
    text_content: file.text,
    uploaded_by: owner.uploadedBy,
    created_at: owner.at,
  });
}

export async function discardFiles(deps: Pick<ApiDeps, 'files'>, files: readonly PreparedFile[]): Promise<void> {
  await Promise.all(files.map((f) => deps.files.remove(f.key)));
}

/** One uploaded file from a staff member: prepared, recorded and audited. */
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
  const prepared = await prepareFile(deps, input.fileName, input.bytes);
  if (!prepared.ok) return prepared;
  const { file } = prepared;
  try {
    const id = await inTx(deps, async (trx) => {
      const at = deps.clock().toISOString();
      const fileId = await recordFile(trx, file, { organizationId, uploadedBy: user.id, at });
      await appendAudit(trx, {
        at,
        actor: actorOf(user),
        organizationId,
        action: 'file.upload',
        entityType: 'file',
        entityId: fileId,
        summary: `上传文件 ${file.fileName}（${file.size} 字节）`,
        detail: { fileName: file.fileName, mime: file.mime, size: file.size },
      });
      return fileId;
    });
    return { ok: true, id, fileName: file.fileName, mime: file.mime, size: file.size };
  } catch (error) {
    await discardFiles(deps, [file]);
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
    // Applicants' material and letters are for the staff handling requests only.
    if (!hasRole(user, ...CASE_READER_ROLES) && (await requestsRepo.isCaseFile(deps.db.db, file.id))) return null;
  }
  return { fileName: file.file_name, mime: file.mime, size: file.size, stream: deps.files.stream(file.storage_key) };
}
