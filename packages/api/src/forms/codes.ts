/**
 * Tracking codes of comments and messages (domain tracking-code: prefix, Shanghai date, random
 * characters, check character) and the private access code of a message, kept as a keyed hash.
 */
import { randomInt } from 'node:crypto';
import { formatTrackingCode, TRACKING_ALPHABET, TRACKING_RANDOM_LENGTH } from '@gongkai/domain';

const ACCESS_CODE_LENGTH = 8;

const randomDigits = (length: number) => Array.from({ length }, () => randomInt(TRACKING_ALPHABET.length));

/** A code not yet taken (`taken` looks it up in the table the code is for). */
export async function freshTrackingCode(
  prefix: string,
  day: string,
  taken: (code: string) => Promise<unknown>,
): Promise<string> {
  for (;;) {
    const code = formatTrackingCode(prefix, day, randomDigits(TRACKING_RANDOM_LENGTH));
    if (!(await taken(code))) return code;
  }
}

export const newAccessCode = () =>
  randomDigits(ACCESS_CODE_LENGTH)
    .map((d) => TRACKING_ALPHABET.charAt(d))
    .join('');
