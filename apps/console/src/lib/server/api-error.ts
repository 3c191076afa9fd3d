/** An API failure as the console shows it: a Chinese message plus per-field messages. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  fieldErrors: Record<string, string>;
}

const FALLBACK_MESSAGES: Record<string, string> = {
  BAD_REQUEST: '提交的内容有误，请检查后重试',
  UNAUTHORIZED: '登录已失效，请重新登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '未找到该记录',
  CONFLICT: '记录已被他人修改，请刷新后重试',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后重试',
  PAYLOAD_TOO_LARGE: '文件过大',
  NETWORK: '无法连接后台服务，请稍后重试',
};
const GENERIC_MESSAGE = '服务器出错，请稍后重试';

const HTTP_STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

const HAS_CHINESE = /[\u3400-\u9fff]/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/**
 * Field messages keyed by form field: list positions are cut (`columnIds.0` belongs to the
 * `columnIds` field), nested names are kept (`person.idNumber`); the first message wins.
 */
function fieldMessages(x: unknown): Record<string, string> {
  if (!isRecord(x)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(x)) {
    const message = typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
    const parts = key.split('.');
    const position = parts.findIndex((p) => /^\d+$/.test(p));
    const field = position > 0 ? parts.slice(0, position).join('.') : key;
    if (typeof message === 'string') out[field] ??= message;
  }
  return out;
}

/**
 * Maps whatever a tRPC call threw (a TRPCClientError with `data.code`, `data.httpStatus` and
 * `data.fieldErrors`, or a network failure without data) to an ApiError. Messages that are not
 * Chinese (internal errors, transport errors) are replaced, so staff never see English stack text.
 */
export function toApiError(err: unknown): ApiError {
  const data = isRecord(err) && isRecord(err.data) ? err.data : undefined;
  const code = typeof data?.code === 'string' ? data.code : data ? 'INTERNAL_SERVER_ERROR' : 'NETWORK';
  const status =
    typeof data?.httpStatus === 'number' ? data.httpStatus : (HTTP_STATUS_BY_CODE[code] ?? (data ? 500 : 502));
  const raw = isRecord(err) && typeof err.message === 'string' ? err.message : '';
  const usable = raw !== '' && HAS_CHINESE.test(raw) && code !== 'INTERNAL_SERVER_ERROR';
  const message = usable ? raw : (FALLBACK_MESSAGES[code] ?? GENERIC_MESSAGE);
  return { status, code, message, fieldErrors: fieldMessages(data?.fieldErrors) };
}
