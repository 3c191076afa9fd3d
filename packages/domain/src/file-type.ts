/**
 * Upload checks by content: the type is read from the file's first bytes (magic numbers), never
 * trusted from the name or the browser, and the name's extension must agree with it.
 */

export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

export type FileTypeResult = { ok: true; mime: string; ext: string } | { ok: false; message: string };

/** Word documents: imported as drafts, generated as letters. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Accepted extensions and their MIME types. */
const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  // WPS Office's own formats are OLE compound files compatible with doc / xls.
  wps: 'application/msword',
  et: 'application/vnd.ms-excel',
  docx: DOCX_MIME,
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const EXT_ALIASES: Record<string, string> = { jpeg: 'jpg' };

export const IMAGE_EXTENSIONS = ['jpg', 'png', 'gif', 'webp'] as const;

type Sniffed = 'pdf' | 'ole' | 'docx' | 'xlsx' | 'pptx' | 'zip' | 'jpg' | 'png' | 'gif' | 'webp' | 'text';

/** Which extensions each sniffed content type may carry. */
const EXTENSIONS_FOR: Record<Sniffed, readonly string[]> = {
  pdf: ['pdf'],
  ole: ['doc', 'xls', 'ppt', 'wps', 'et'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  zip: ['zip'],
  jpg: ['jpg'],
  png: ['png'],
  gif: ['gif'],
  webp: ['webp'],
  text: ['txt', 'csv'],
};

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((b, i) => bytes[offset + i] === b);
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * Names of the entries in a zip's local file headers. Scanning for every header signature (rather
 * than following the sizes) also works when sizes are deferred to data descriptors.
 */
function* zipEntryNames(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder();
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || !startsWith(bytes, ZIP_LOCAL_HEADER, i)) continue;
    const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
    if (i + 30 + nameLength > bytes.length) return;
    yield decoder.decode(bytes.subarray(i + 30, i + 30 + nameLength));
    i += 29 + nameLength;
  }
}

const OFFICE_FOLDERS: readonly [string, Sniffed][] = [
  ['word/', 'docx'],
  ['xl/', 'xlsx'],
  ['ppt/', 'pptx'],
];

function sniffZip(bytes: Uint8Array): Sniffed {
  for (const name of zipEntryNames(bytes)) {
    const office = OFFICE_FOLDERS.find(([folder]) => name.startsWith(folder));
    if (office) return office[1];
  }
  return 'zip';
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (isUtf8Text(bytes)) return 'text';
  return null;
}

/** Lower-case extension of a file name with aliases resolved (`.JPEG` → `jpg`); '' when none. */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return '';
  const ext = base.slice(dot + 1).toLowerCase();
  return EXT_ALIASES[ext] ?? ext;
}

export function sniffFileType(bytes: Uint8Array, fileName: string): FileTypeResult {
  if (bytes.length === 0) return { ok: false, message: '文件为空' };
  const ext = fileExtension(fileName);
  if (ext === '') return { ok: false, message: '文件名缺少扩展名' };
  const mime = MIME_BY_EXT[ext];
  if (mime === undefined) return { ok: false, message: '不支持的文件类型' };
  const type = sniff(bytes);
  if (type === null) {
    return EXTENSIONS_FOR.text.includes(ext)
      ? { ok: false, message: '文本文件须使用UTF-8编码' }
      : { ok: false, message: '不支持的文件类型' };
  }
  if (!EXTENSIONS_FOR[type].includes(ext)) return { ok: false, message: '文件类型与扩展名不符' };
  return { ok: true, mime, ext };
}

export function isImageExtension(ext: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(ext);
}

/** Size limit for an upload of the given (sniffed) extension. */
export function maxBytesFor(ext: string): number {
  return isImageExtension(ext) ? IMAGE_MAX_BYTES : ATTACHMENT_MAX_BYTES;
}
