/**
 * Checks every public participation form makes before anything is stored (issue 4 §3): the length
 * limits of the domain, and duplicates of what was recently sent to the same place.
 */
import { checkLengths, fingerprint, isNearDuplicate, type LimitedField } from '@gongkai/domain';
import { FieldErrors } from '../errors.js';
import { TRPCError } from '@trpc/server';

/** How far back a submission is compared, and with how many of the latest ones at most. */
export const DUPLICATE_WINDOW_DAYS = 30;
export const DUPLICATE_SAMPLE = 200;

export const DUPLICATE_MESSAGE = '您已提交过相同或相近的内容，请勿重复提交';

/** Field errors keyed by the form's input names (`{ content: 'comment' }` checks `content` as a comment). */
export function checkLimits(values: Record<string, { field: LimitedField; value: string | null | undefined }>): void {
  const fields: Record<string, string> = {};
  for (const [name, { field, value }] of Object.entries(values)) {
    const message = checkLengths({ [field]: value ?? null })[field];
    if (message) fields[name] = message;
  }
  if (Object.keys(fields).length > 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: Object.values(fields)[0]!,
      cause: new FieldErrors(fields),
    });
  }
}

/** True when `text` repeats (exactly or nearly) one of the recent texts. */
export function isDuplicate(text: string, recent: readonly { content: string; fingerprint?: string }[]): boolean {
  const print = fingerprint(text);
  return recent.some((r) => (r.fingerprint ?? fingerprint(r.content)) === print || isNearDuplicate(text, r.content));
}

/** The instant `DUPLICATE_WINDOW_DAYS` before `at`. */
export const duplicateSince = (at: string) =>
  new Date(new Date(at).getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000).toISOString();
