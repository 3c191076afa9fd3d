/**
 * Tracking codes for comments and messages, e.g. `ZX-20261127-4K7Q-M`: a prefix, the Shanghai date,
 * random characters and a check character. The alphabet leaves out I, O, 0 and 1 (read aloud over
 * the phone or copied by hand, they are confused); the check character (Luhn mod 32) catches every
 * single mistyped character and almost every swap of neighbours, so a typo is reported as such
 * instead of "not found".
 */
import { isLegalDate } from '../dates.js';

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_RANDOM_LENGTH = 4;
/** Consultation comments (意见); messages use `MESSAGE_CODE_PREFIXES`. */
export const COMMENT_CODE_PREFIX = 'YJ';

const N = TRACKING_ALPHABET.length;
const PREFIX = new RegExp(`^[${TRACKING_ALPHABET.replace(/\d/g, '')}]{1,4}$`);
const CODE = new RegExp(
  `^([A-Z]{1,4})-(\\d{8})-([${TRACKING_ALPHABET}]{${TRACKING_RANDOM_LENGTH}})-([${TRACKING_ALPHABET}])$`,
);

/** Values in [0, 32): alphabet positions for letters, the digit itself for the date. */
function values(prefix: string, compactDate: string, random: string): number[] {
  const alpha = (s: string) => [...s].map((c) => TRACKING_ALPHABET.indexOf(c));
  return [...alpha(prefix), ...[...compactDate].map(Number), ...alpha(random)];
}

/** Luhn mod N: doubles every second value from the right, folding the product back into [0, N). */
function checkChar(vs: readonly number[]): string {
  let sum = 0;
  vs.toReversed().forEach((v, i) => {
    const addend = i % 2 === 0 ? v * 2 : v;
    sum += Math.floor(addend / N) + (addend % N);
  });
  return TRACKING_ALPHABET.charAt((N - (sum % N)) % N);
}

/**
 * `randomDigits`: `TRACKING_RANDOM_LENGTH` integers in [0, 32), e.g. from `crypto.randomInt(32)`.
 * `date`: the Shanghai date of submission (YYYY-MM-DD).
 */
export function formatTrackingCode(prefix: string, date: string, randomDigits: readonly number[]): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`tracking-code prefix must be 1–4 letters of the alphabet: ${prefix}`);
  if (!isLegalDate(date)) throw new RangeError(`invalid date: ${date}`);
  if (
    randomDigits.length !== TRACKING_RANDOM_LENGTH ||
    randomDigits.some((d) => !Number.isInteger(d) || d < 0 || d >= N)
  ) {
    throw new RangeError(`need ${TRACKING_RANDOM_LENGTH} integers in [0, ${N})`);
  }
  const compactDate = date.replaceAll('-', '');
  const random = randomDigits.map((d) => TRACKING_ALPHABET.charAt(d)).join('');
  return `${prefix}-${compactDate}-${random}-${checkChar(values(prefix, compactDate, random))}`;
}

export type ParsedTrackingCode =
  { ok: true; code: string; prefix: string; date: string } | { ok: false; message: string };

/** Reads a code as typed (any case, full-width characters, spaces) and checks it. */
export function parseTrackingCode(input: string): ParsedTrackingCode {
  const code = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const m = CODE.exec(code);
  const bad = { ok: false as const, message: '查询码格式不正确，应类似 ZX-20261127-4K7Q-M' };
  if (!m) return bad;
  const [, prefix, compactDate, random, check] = m as unknown as [string, string, string, string, string];
  const date = `${compactDate.slice(0, 4)}-${compactDate.slice(4, 6)}-${compactDate.slice(6)}`;
  if (!PREFIX.test(prefix) || !isLegalDate(date)) return bad;
  if (checkChar(values(prefix, compactDate, random)) !== check) {
    return { ok: false, message: '查询码有误，请核对后重新输入' };
  }
  return { ok: true, code, prefix, date };
}
