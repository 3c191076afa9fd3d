/**
 * Duplicates of what was recently sent to the same place, refused before anything is stored
 * (issue 4 §3); the length limits are checked by the input schemas (`limitedText`).
 */
import { fingerprint, isNearDuplicate } from '@gongkai/domain';

/** How far back a submission is compared, and with how many of the latest ones at most. */
export const DUPLICATE_WINDOW_DAYS = 30;
export const DUPLICATE_SAMPLE = 200;

export const DUPLICATE_MESSAGE = '您已提交过相同或相近的内容，请勿重复提交';

/** True when `text` repeats (exactly or nearly) one of the recent texts. */
export function isDuplicate(text: string, recent: readonly { content: string; fingerprint?: string }[]): boolean {
  const print = fingerprint(text);
  return recent.some((r) => (r.fingerprint ?? fingerprint(r.content)) === print || isNearDuplicate(text, r.content));
}

/** The instant `DUPLICATE_WINDOW_DAYS` before `at`. */
export const duplicateSince = (at: string) =>
  new Date(new Date(at).getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000).toISOString();
