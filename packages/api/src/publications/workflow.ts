import { TRPCError } from '@trpc/server';
import type { Selectable } from 'kysely';
import type { PublicationTable } from '@gongkai/db';
import {
  decide,
  type Actor,
  type PublicationAction,
  type PublicationState,
  type PublicationStatus,
} from '@gongkai/domain';
import { FieldErrors } from '../errors.js';

/** Which input field a refusal for missing input points at. */
const FIELD_OF = {
  justification_required: 'justification',
  comment_required: 'comment',
  reason_required: 'reason',
} as const;

/** Asks domain `decide` and turns a refusal into the matching tRPC error (Chinese message). */
export function decideOrThrow(
  action: PublicationAction,
  pub: Selectable<PublicationTable>,
  actor: Actor,
  extra: Omit<PublicationState, 'status' | 'authorId' | 'piiHitsLeft'> & { piiHitsLeft?: number } = {},
): PublicationStatus {
  const decision = decide(
    action,
    { status: pub.status as PublicationStatus, authorId: pub.author_id, piiHitsLeft: 0, ...extra },
    actor,
  );
  if (decision.ok) return decision.next;
  switch (decision.code) {
    case 'missing_role':
    case 'not_author':
    case 'own_work':
      throw new TRPCError({ code: 'FORBIDDEN', message: decision.message });
    case 'wrong_status':
      throw new TRPCError({ code: 'CONFLICT', message: decision.message });
    case 'justification_required':
    case 'comment_required':
    case 'reason_required':
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: decision.message,
        cause: new FieldErrors({ [FIELD_OF[decision.code]]: decision.message }),
      });
    default: {
      const never: never = decision.code;
      throw new Error(`unhandled refusal ${String(never)}`);
    }
  }
}
