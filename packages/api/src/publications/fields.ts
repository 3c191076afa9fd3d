import type { Insertable, Kysely } from 'kysely';
import { categoriesRepo, columnsRepo, publicationsRepo, type Database, type PublicationTable } from '@gongkai/db';
import { htmlToText } from '@gongkai/domain';
import { fieldError } from '../errors.js';
import type { PublicationInput } from '../schemas/publication.js';
import { sanitizeBody } from './html.js';

/** The columns a `PublicationInput` sets. */
export type PublicationFields = Required<
  Pick<
    Insertable<PublicationTable>,
    | 'title'
    | 'summary'
    | 'written_date'
    | 'issuing_body'
    | 'doc_number'
    | 'topic'
    | 'genre'
    | 'validity'
    | 'disclosure_mode'
    | 'time_limit'
    | 'category_id'
    | 'is_normative'
    | 'interprets_id'
    | 'body_html'
    | 'body_text'
  >
>;

/** Columns of a new draft that no input sets. */
export const NEW_DRAFT = { status: 'draft', review_comment: '', pii_justification: '', withdrawn_reason: '' } as const;

/**
 * Table columns from a validated `PublicationInput`: references checked against the
 * organization (a category, column or interpreted document of another one is a field error),
 * body sanitized and its plain text derived.
 */
export async function publicationFields(
  q: Kysely<Database>,
  organizationId: number,
  input: PublicationInput,
  selfId?: number,
): Promise<{ fields: PublicationFields; columnIds: number[] }> {
  if (input.categoryId != null) {
    const category = await categoriesRepo.findById(q, input.categoryId);
    if (!category || category.organization_id !== organizationId) throw fieldError('categoryId', '目录分类不存在');
  }
  const ownColumns = new Set((await columnsRepo.listForOrg(q, organizationId)).map((c) => c.id));
  const unknownColumn = input.columnIds.findIndex((id) => !ownColumns.has(id));
  if (unknownColumn >= 0) throw fieldError('columnIds', '栏目不存在');
  if (input.interpretsId != null) {
    const target = await publicationsRepo.findById(q, input.interpretsId);
    if (!target || target.organization_id !== organizationId || target.id === selfId) {
      throw fieldError('interpretsId', '所解读的文件不存在');
    }
  }
  const bodyHtml = sanitizeBody(input.bodyHtml);
  return {
    fields: {
      title: input.title,
      summary: input.summary,
      written_date: input.writtenDate ?? null,
      issuing_body: input.issuingBody,
      doc_number: input.docNumber,
      topic: input.topic,
      genre: input.genre,
      validity: input.validity,
      disclosure_mode: input.disclosureMode,
      time_limit: input.timeLimit,
      category_id: input.categoryId ?? null,
      is_normative: input.isNormative ? 1 : 0,
      interprets_id: input.interpretsId ?? null,
      body_html: bodyHtml,
      body_text: htmlToText(bodyHtml),
    },
    columnIds: [...new Set(input.columnIds)],
  };
}
