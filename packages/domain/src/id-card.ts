import { isLegalDate } from './dates.js';

/**
 * 居民身份证号码 (GB 11643): 6-digit area code, birth date YYYYMMDD, 3-digit sequence, and a check
 * character by ISO 7064 MOD 11-2 (disclosure-rules §9).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dXx]$/;

/** The check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** 18-character number with a real birth date (1800–2099) and the right check character. */
export function isValidIdCardNumber(s: string): boolean {
  if (!SHAPE.test(s)) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  const year = Number(s.slice(6, 10));
  if (year < 1800 || year > 2099 || !isLegalDate(birth)) return false;
  return idCardCheckChar(s.slice(0, 17)) === s[17]!.toUpperCase();
}
