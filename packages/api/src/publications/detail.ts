import type { Kysely, Selectable } from 'kysely';
import {
  categoriesRepo,
  columnsRepo,
  filesRepo,
  organizationsRepo,
  publicationsRepo,
  type Database,
  type PublicationTable,
} from '@gongkai/db';
import type { DisclosureMode, TimeLimit, Validity } from '@gongkai/domain';
import { toColumn, type Column, type PublicationSummary } from '../shapes.js';
import { summariesByIds } from './summaries.js';

export interface Attachment {
  id: number;
  fileId: number;
  fileName: string;
  mime: string;
  size: number;
  kind: 'attachment' | 'image';
}

export interface PublicationDetail extends PublicationSummary {
  summary: string;
  writtenDate: string | null;
  issuingBody: string;
  topic: string;
  genre: string;
  disclosureMode: DisclosureMode;
  timeLimit: TimeLimit;
  categoryId: number | null;
  isNormative: boolean;
  bodyHtml: string;
  attachments: Attachment[];
  interprets: PublicationSummary | null;
  interpretations: PublicationSummary[];
  validityChanges: { validity: Validity; effectiveDate: string; note: string }[];
  revision: number;
  revisions: { revision: number; createdAt: string; changeNote: string }[];
  viewCount: number;
  columns: Column[];
}

/** Everything a document page shows, for a publication of any status (staff) or a published one. */
export async function loadDetail(q: Kysely<Database>, pub: Selectable<PublicationTable>): Promise<PublicationDetail> {
  const [org, category, columns, attachments, interprets, interpretationRows, validityChanges, revisions] =
    await Promise.all([
      organizationsRepo.findById(q, pub.organization_id),
      pub.category_id === null ? undefined : categoriesRepo.findById(q, pub.category_id),
      columnsRepo.forPublications(q, [pub.id]),
      filesRepo.attachmentsOf(q, pub.id),
      pub.interprets_id === null ? undefined : summariesByIds(q, [pub.interprets_id]),
      publicationsRepo.listInterpretations(q, pub.id),
      publicationsRepo.listValidityChanges(q, pub.id),
      publicationsRepo.listRevisions(q, pub.id),
    ]);
  const interpretations = (
    await summariesByIds(
      q,
      interpretationRows.map((r) => r.id),
    )
  ).items;
  return {
    id: pub.id,
    title: pub.title,
    indexNo: pub.index_no,
    publishDate: pub.publish_date,
    docNumber: pub.doc_number,
    organization: { slug: org?.slug ?? '', name: org?.name ?? '' },
    validity: pub.validity as Validity,
    columnSlugs: columns.map((c) => c.slug),
    categoryName: category?.name ?? null,
    summary: pub.summary,
    writtenDate: pub.written_date,
    issuingBody: pub.issuing_body,
    topic: pub.topic,
    genre: pub.genre,
    disclosureMode: pub.disclosure_mode as DisclosureMode,
    timeLimit: pub.time_limit as TimeLimit,
    categoryId: pub.category_id,
    isNormative: pub.is_normative === 1,
    bodyHtml: pub.body_html,
    attachments: attachments.map((a) => ({
      id: a.id,
      fileId: a.file_id,
      fileName: a.file_name,
      mime: a.mime,
      size: a.size,
      kind: a.kind === 'image' ? 'image' : 'attachment',
    })),
    interprets: interprets?.items[0] ?? null,
    interpretations,
    validityChanges: validityChanges.map((v) => ({
      validity: v.validity as Validity,
      effectiveDate: v.effective_date,
      note: v.note,
    })),
    revision: pub.revision,
    revisions: revisions.map((r) => ({ revision: r.revision, createdAt: r.created_at, changeNote: r.change_note })),
    viewCount: pub.view_count,
    columns: columns.map(toColumn),
  };
}
