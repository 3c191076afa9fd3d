/**
 * What every public form of the site shares: reading fields, files and the bot check into API
 * input, the API's failures as a form shows them, the cookies that carry a tracking number and
 * access code, and download headers.
 */
import { TRPCClientError } from '@trpc/client';

export type Attachment = { fileName: string; base64: string };
export type FormValues = Record<string, string>;
export type BotInput =
  | { mode: 'pow'; token: string; solution: string }
  | { mode: 'fallback'; token: string; answer: string; honeypot: string };
export interface Credentials {
  trackingNo: string;
  accessCode: string;
}

const MAX_ATTACHMENTS = 3;

/** Names of the bot check's inputs; `website` is the honeypot (people never see it). */
const BOT_FIELDS = {
  powToken: 'pow_token',
  powSolution: 'pow_solution',
  fallbackToken: 'fallback_token',
  answer: 'answer',
  honeypot: 'website',
} as const;

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** Blank optional fields are left out rather than sent as ''. */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/**
 * The files chosen in a file input, as base64. Browsers send one empty part when no file was
 * chosen; that is no attachment. Size and type are the API's to judge (it sniffs the content).
 */
export async function readAttachments(
  form: FormData,
  name = 'attachments',
): Promise<{ ok: true; attachments: Attachment[] } | { ok: false; message: string }> {
  const files = form.getAll(name).filter((f): f is File => typeof f !== 'string' && (f.size > 0 || f.name !== ''));
  if (files.length > MAX_ATTACHMENTS) return { ok: false, message: `附件最多${MAX_ATTACHMENTS}个` };
  const attachments = await Promise.all(
    files.map(async (file) => ({
      fileName: file.name,
      base64: Buffer.from(await file.arrayBuffer()).toString('base64'),
    })),
  );
  return { ok: true, attachments };
}

/** With JavaScript pow.js fills `pow_solution`; without it the visitor answered the question. */
export function readBot(form: FormData): BotInput {
  const solution = text(form, BOT_FIELDS.powSolution);
  return solution
    ? { mode: 'pow', token: text(form, BOT_FIELDS.powToken), solution }
    : {
        mode: 'fallback',
        token: text(form, BOT_FIELDS.fallbackToken),
        answer: text(form, BOT_FIELDS.answer),
        honeypot: text(form, BOT_FIELDS.honeypot),
      };
}

/** What the visitor typed, to fill the form again after a failure (never files or the bot check). */
export function formValues(form: FormData, names: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

export interface FormFailure {
  status: number;
  message: string;
  /** Keyed by the form's field names. */
  fieldErrors: Record<string, string>;
}

/** The top of a form whose fields carry the messages. */
export const FIX_FIELDS = '提交的内容有误，请按提示修改';

const FALLBACK_MESSAGES: Record<string, { status: number; message: string }> = {
  BAD_REQUEST: { status: 400, message: FIX_FIELDS },
  NOT_FOUND: { status: 404, message: '未找到相关记录，请核对后重新输入' },
  TOO_MANY_REQUESTS: { status: 429, message: '提交过于频繁，请稍后再试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '附件过大' },
};
const UNAVAILABLE = { status: 503, message: '服务暂时不可用，请稍后再试' };
const HAS_CHINESE = /[\u3400-\u9fff]/;

/** The form field an API path belongs to: `attachments.1.base64` → `attachments`, `bot.answer` → `bot`. */
export function fieldOf(path: string, fields: readonly string[]): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return null;
}

/**
 * An API failure as a form shows it. Field messages go beside their fields; a message for a part
 * the form has no field for (e.g. `person` missing as a whole) joins the message at the top.
 * Failures that are not the visitor's (API down, a bug) get a plain message and go to the log.
 */
export function formFailure(cause: unknown, fields: readonly string[]): FormFailure {
  const data = cause instanceof TRPCClientError ? (cause.data as Record<string, unknown> | undefined) : undefined;
  const code = typeof data?.code === 'string' ? data.code : '';
  const known = FALLBACK_MESSAGES[code];
  if (!known) {
    console.error('[site] public form call failed', cause);
    return { ...UNAVAILABLE, fieldErrors: {} };
  }
  const fieldErrors: Record<string, string> = {};
  const loose: string[] = [];
  const raw = data?.fieldErrors;
  if (typeof raw === 'object' && raw !== null) {
    for (const [path, message] of Object.entries(raw)) {
      if (typeof message !== 'string') continue;
      const field = fieldOf(path, fields);
      if (field) fieldErrors[field] ??= message;
      else loose.push(message);
    }
  }
  const apiMessage = cause instanceof Error && HAS_CHINESE.test(cause.message) ? cause.message : '';
  // The API words a validation failure as its first field message, already shown by the field.
  const message =
    loose.join('；') ||
    (apiMessage && !Object.values(fieldErrors).includes(apiMessage) ? apiMessage : '') ||
    known.message;
  return { status: known.status, message, fieldErrors };
}

/** Whether an API call failed because the record (or its number and code) was not found. */
export function isNotFound(cause: unknown): boolean {
  return cause instanceof TRPCClientError && (cause.data as { code?: string } | undefined)?.code === 'NOT_FOUND';
}

export function encodeCredentials({ trackingNo, accessCode }: Credentials): string {
  return JSON.stringify({ trackingNo, accessCode });
}

/** The codes in a cookie, or null when it is missing or not ours. */
export function decodeCredentials(raw: string | undefined): Credentials | null {
  if (!raw) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const { trackingNo, accessCode } = data as Record<string, unknown>;
    return typeof trackingNo === 'string' && typeof accessCode === 'string' && trackingNo && accessCode
      ? { trackingNo, accessCode }
      : null;
  } catch {
    return null;
  }
}

/** Options of the forms' cookies: never readable by scripts, sent on top-level navigation only. */
export function cookieOptions(url: URL, path: string, maxAge: number) {
  return { path, maxAge, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' } as const;
}

/**
 * `Content-Disposition` of a download: an ASCII `filename` for old clients and the real name as
 * `filename*` (RFC 6266 / RFC 8187), so Chinese file names survive.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
