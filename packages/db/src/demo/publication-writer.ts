import { formatIndexNumber, searchTokens, type Segmenter } from '@gongkai/domain';
import type { Insertable } from 'kysely';
import type { PublicationTable } from '../schema.js';
import { indexPublications, type SearchDb } from '../search/search-index.js';

export interface OrgRef {
  id: number;
  code: string;
  index_pattern: string;
}

export interface Staff {
  authorId: number;
  reviewerId: number | null;
  publisherId: number | null;
}

/** A publication as the generators describe it; the writer fills in workflow and bookkeeping fields. */
export interface ItemInput {
  title: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  topic: string;
  genre: string;
  issuingBody: string;
  writtenDate: string | null;
  docNumber?: string;
  categoryId: number | null;
  columnIds: number[];
  isNormative?: boolean;
  interpretsId?: number | null;
  validity?: string;
  timeLimit?: string;
}

export interface PublishedInput extends ItemInput {
  publishDate: string;
  publishedAt: string;
  viewCount?: number;
}

/** Workflow state of a row; published rows also carry their 索引号 and dates. */
export interface WorkflowFields {
  status: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
  index_no?: string | null;
  publish_date?: string | null;
  published_at?: string | null;
  view_count?: number;
}

/** Every column of a publication row, so both dialects get the same values without relying on defaults. */
export function publicationRow(
  org: OrgRef,
  staff: Staff,
  item: ItemInput,
  workflow: WorkflowFields,
): Insertable<PublicationTable> {
  return {
    organization_id: org.id,
    index_no: workflow.index_no ?? null,
    title: item.title,
    summary: item.summary,
    written_date: item.writtenDate,
    publish_date: workflow.publish_date ?? null,
    published_at: workflow.published_at ?? null,
    issuing_body: item.issuingBody,
    doc_number: item.docNumber ?? '',
    topic: item.topic,
    genre: item.genre,
    validity: item.validity ?? '有效',
    disclosure_mode: '主动公开',
    time_limit: item.timeLimit ?? '长期公开',
    category_id: item.categoryId,
    is_normative: item.isNormative ? 1 : 0,
    interprets_id: item.interpretsId ?? null,
    body_html: item.bodyHtml,
    body_text: item.bodyText,
    status: workflow.status,
    scheduled_at: null,
    author_id: staff.authorId,
    submitted_at: workflow.submitted_at,
    reviewer_id: workflow.reviewed_at ? staff.reviewerId : null,
    reviewed_at: workflow.reviewed_at,
    review_comment: '',
    pii_justification: '',
    publisher_id: workflow.published_at ? staff.publisherId : null,
    withdrawn_at: null,
    withdrawn_reason: '',
    revision: 1,
    view_count: workflow.view_count ?? 0,
    created_at: workflow.created_at,
    updated_at: workflow.updated_at,
  };
}

/** Rows per multi-row INSERT: ~36 columns × 400 stays under SQLite's 32,766 bound parameters. */
const CHUNK = 400;

export interface InsertOptions {
  segmenter: Segmenter;
  /** Write the revision-1 snapshot (the demo does; the bench data skips it to stay small). */
  revisions: boolean;
}

/**
 * Inserts published items with everything publishing gives them: 索引号 (counters advanced in
 * publish order), columns, revision 1 and the search row. Returns the ids in input order.
 * Run it inside a transaction.
 */
export async function insertPublished(
  db: SearchDb,
  org: OrgRef,
  staff: Staff,
  items: PublishedInput[],
  options: InsertOptions,
): Promise<number[]> {
  const counters = new Map<number, number>();
  for (const c of await db.db
    .selectFrom('index_counters')
    .select(['year', 'last_seq'])
    .where('organization_id', '=', org.id)
    .execute()) {
    counters.set(Number(c.year), Number(c.last_seq));
  }
  const indexNos = new Array<string>(items.length);
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[a]!.publishedAt.localeCompare(items[b]!.publishedAt) || a - b);
  for (const i of order) {
    const year = Number(items[i]!.publishDate.slice(0, 4));
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    indexNos[i] = formatIndexNumber(org.index_pattern, { code: org.code, year, seq });
  }

  const ids = new Array<number>(items.length);
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const rows = chunk.map((item, k) => {
      const submitted = new Date(Date.parse(item.publishedAt) - 2 * 3600_000).toISOString();
      const reviewed = new Date(Date.parse(item.publishedAt) - 3600_000).toISOString();
      return publicationRow(org, staff, item, {
        status: 'published',
        index_no: indexNos[start + k]!,
        publish_date: item.publishDate,
        published_at: item.publishedAt,
        submitted_at: submitted,
        reviewed_at: reviewed,
        created_at: new Date(Date.parse(item.publishedAt) - 4 * 3600_000).toISOString(),
        updated_at: item.publishedAt,
        view_count: item.viewCount ?? 0,
      });
    });
    // Multi-row RETURNING order is not guaranteed by SQL: match rows back by their unique 索引号.
    const inserted = await db.db.insertInto('publications').values(rows).returning(['id', 'index_no']).execute();
    const byIndexNo = new Map(inserted.map((r) => [r.index_no, Number(r.id)]));
    chunk.forEach((_, k) => (ids[start + k] = byIndexNo.get(indexNos[start + k]!)!));

    const columnRows = chunk.flatMap((item, k) =>
      item.columnIds.map((column_id) => ({
        publication_id: ids[start + k]!,
        column_id,
        publish_date: item.publishDate,
      })),
    );
    if (columnRows.length) await db.db.insertInto('publication_columns').values(columnRows).execute();

    if (options.revisions) {
      const revisionRows = chunk.map((item, k) => ({
        publication_id: ids[start + k]!,
        revision: 1,
        title: item.title,
        summary: item.summary,
        body_html: item.bodyHtml,
        metadata: JSON.stringify({
          indexNo: indexNos[start + k],
          docNumber: item.docNumber ?? '',
          writtenDate: item.writtenDate,
          publishDate: item.publishDate,
          issuingBody: item.issuingBody,
          topic: item.topic,
          genre: item.genre,
          validity: item.validity ?? '有效',
          categoryId: item.categoryId,
          columnIds: item.columnIds,
          isNormative: Boolean(item.isNormative),
        }),
        change_note: '首次发布',
        created_by: staff.publisherId,
        created_at: item.publishedAt,
      }));
      await db.db.insertInto('publication_revisions').values(revisionRows).execute();
    }

    await indexPublications(
      db,
      chunk.map((item, k) => ({
        publicationId: ids[start + k]!,
        organizationId: org.id,
        categoryId: item.categoryId,
        year: Number(item.publishDate.slice(0, 4)),
        tokens: searchTokens(options.segmenter, {
          title: item.title,
          summary: item.summary,
          body: item.bodyText,
          docNumber: item.docNumber ?? '',
        }),
      })),
    );
  }

  for (const [year, last_seq] of counters) {
    await db.db
      .insertInto('index_counters')
      .values({ organization_id: org.id, year, last_seq })
      .onConflict((oc) => oc.columns(['organization_id', 'year']).doUpdateSet({ last_seq }))
      .execute();
  }
  return ids;
}
