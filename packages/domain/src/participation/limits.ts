/** Length limits on the public forms, counted in characters (code points), and the hotline log's masking. */
import { maskPii } from '../pii.js';

export const FIELD_LIMITS = { title: 100, content: 5000, name: 50, contact: 100, comment: 3000 } as const;
export type LimitedField = keyof typeof FIELD_LIMITS;

export const FIELD_LABELS: Record<LimitedField, string> = {
  title: '标题',
  content: '内容',
  name: '姓名',
  contact: '联系方式',
  comment: '意见内容',
};

/** The name is optional; the contact is required but never shown. */
export const FIELD_REQUIRED: Record<LimitedField, boolean> = {
  title: true,
  content: true,
  name: false,
  contact: true,
  comment: true,
};

/** A Chinese message when the value is missing or too long, else null. */
export function checkLength(field: LimitedField, value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (text === '') return FIELD_REQUIRED[field] ? `请填写${FIELD_LABELS[field]}` : null;
  const limit = FIELD_LIMITS[field];
  const length = [...text].length;
  return length > limit ? `${FIELD_LABELS[field]}不能超过${limit}个字（现有${length}个字）` : null;
}

/** Messages by field for the fields given (missing and over-long ones only). */
export function checkLengths(
  values: Partial<Record<LimitedField, string | null>>,
): Partial<Record<LimitedField, string>> {
  const errors: Partial<Record<LimitedField, string>> = {};
  for (const field of Object.keys(values) as LimitedField[]) {
    const message = checkLength(field, values[field]);
    if (message) errors[field] = message;
  }
  return errors;
}

/** The caller's number as kept in the 热线电话 log: `138****1234`, landlines alike; none → 未显示号码. */
export function maskCaller(phone: string | null | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  if (digits === '') return '未显示号码';
  // Too short to keep both ends without showing most of it.
  if (digits.length < 8) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return maskPii('mobile', phone ?? '');
}
