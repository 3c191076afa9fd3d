import type { Kysely, Selectable } from 'kysely';
import {
  indexPublication,
  organizationsRepo,
  publicationsRepo,
  type Database,
  type PublicationTable,
} from '@gongkai/db';
import { formatIndexNumber, searchTokens, shanghaiDate, shanghaiYear } from '@gongkai/domain';
import { appendAudit, type AuditActor } from '../audit.js';
import type { ApiDeps } from '../context.js';
import { searchDbOf } from '../tx.js';

/** (Re)writes the search row of a published publication from its current text. */
export async function indexForSearch(
  deps: ApiDeps,
  trx: Kysely<Database>,
  pub: Selectable<PublicationTable>,
): Promise<void> {
  await indexPublication(searchDbOf(deps, trx), {
    publicationId: pub.id,
    organizationId: pub.organization_id,
    categoryId: pub.category_id,
    year: Number((pub.publish_date ?? '').slice(0, 4)),
    tokens: searchTokens(deps.segmenter, {
      title: pub.title,
      summary: pub.summary,
      body: pub.body_text,
      docNumber: pub.doc_number,
    }),
  });
}

/** The text and metadata of a revision as kept in `publication_revisions`. */
export async function storeRevision(
  trx: Kysely<Database>,
  pub: Selectable<PublicationTable>,
  changeNote: string,
  createdBy: number | null,
  at: string,
): Promise<void> {
  const metadata = {
    docNumber: pub.doc_number,
    writtenDate: pub.written_date,
    issuingBody: pub.issuing_body,
    topic: pub.topic,
    genre: pub.genre,
    validity: pub.validity,
    disclosureMode: pub.disclosure_mode,
    timeLimit: pub.time_limit,
    categoryId: pub.category_id,
    isNormative: pub.is_normative === 1,
    interpretsId: pub.interprets_id,
  };
  await publicationsRepo.insertRevision(trx, {
    publication_id: pub.id,
    revision: pub.revision,
    title: pub.title,
    summary: pub.summary,
    body_html: pub.body_html,
    metadata: JSON.stringify(metadata),
    change_note: changeNote,
    created_by: createdBy,
    created_at: at,
  });
}

/**
 * Publishes `pub` now, if it is still in the status it was read in (another process may have
 * published it meanwhile: then nothing happens and null is returned). Assigns the 索引号 on first
 * publication from the organization's counter for the Shanghai year, stores revision 1, indexes
 * for search, bumps the content version and writes the audit entry.
 */
export async function publishNow(
  deps: ApiDeps,
  trx: Kysely<Database>,
  pub: Selectable<PublicationTable>,
  actor: AuditActor,
  now: Date,
): Promise<string | null> {
  const at = now.toISOString();
  const changed = await publicationsRepo.updateIfStatus(trx, pub.id, pub.status, {
    status: 'published',
    publish_date: shanghaiDate(now),
    published_at: at,
    publisher_id: actor.id,
    scheduled_at: null,
    updated_at: at,
  });
  if (!changed) return null;
  let indexNo = pub.index_no;
  if (indexNo === null) {
    const org = await organizationsRepo.findById(trx, pub.organization_id);
    if (!org) throw new Error(`organization ${pub.organization_id} missing`);
    const year = shanghaiYear(now);
    const seq = await publicationsRepo.nextIndexSeq(trx, org.id, year);
    indexNo = formatIndexNumber(org.index_pattern, { code: org.code, year, seq });
    await publicationsRepo.update(trx, pub.id, { index_no: indexNo });
  }
  const published = await publicationsRepo.findById(trx, pub.id);
  if (!published) throw new Error(`publication ${pub.id} vanished`);
  if (!(await publicationsRepo.findRevision(trx, pub.id, published.revision))) {
    await storeRevision(trx, published, '首次发布', actor.id, at);
  }
  await indexForSearch(deps, trx, published);
  await publicationsRepo.bumpContentVersion(trx);
  await appendAudit(trx, {
    at,
    actor,
    organizationId: pub.organization_id,
    action: 'publication.publish',
    entityType: 'publication',
    entityId: pub.id,
    summary: `发布《${pub.title}》，索引号 ${indexNo}`,
    detail: { indexNo, from: pub.status },
  });
  return indexNo;
}
