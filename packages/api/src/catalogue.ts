import type { Transaction } from 'kysely';
import { publicationsRepo, type Database } from '@gongkai/db';
import { appendAudit, type AuditInput } from './audit.js';
import { actorOf, orgIdOf } from './authz.js';
import type { ApiDeps } from './context.js';
import type { StaffUser } from './sessions.js';
import { inTx } from './tx.js';

/** The particulars of a catalogue change's audit entry (who, when and which organization are filled in). */
export type CatalogueAudit = Pick<AuditInput, 'action' | 'entityType' | 'summary' | 'detail'> & { entityId: number };

/**
 * Runs a change to the user's organization's catalogue (公开目录 categories, website columns) in one
 * transaction. Public pages list the catalogue, so the content version is bumped; the change is
 * audited with what `change` returns. Resolves to the changed entity's id.
 */
export function changeCatalogue(
  deps: ApiDeps,
  user: StaffUser,
  change: (trx: Transaction<Database>, organizationId: number, at: string) => Promise<CatalogueAudit>,
): Promise<number> {
  const organizationId = orgIdOf(user);
  const at = deps.clock().toISOString();
  return inTx(deps, async (trx) => {
    const audit = await change(trx, organizationId, at);
    await publicationsRepo.bumpContentVersion(trx);
    await appendAudit(trx, { at, actor: actorOf(user), organizationId, ...audit });
    return audit.entityId;
  });
}
