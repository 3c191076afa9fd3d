import type { Insertable, Kysely } from 'kysely';
import type { Database, FileTable } from '../schema.js';

/** Query module for `files` and `attachments`. */
type Q = Kysely<Database>;

export async function insert(q: Q, row: Insertable<FileTable>): Promise<number> {
  const { id } = await q.insertInto('files').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const findById = (q: Q, id: number) => q.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();

/** Whether the file is attached to any published publication (then anyone may download it). */
export async function isPublic(q: Q, fileId: number): Promise<boolean> {
  const row = await q
    .selectFrom('attachments as a')
    .innerJoin('publications as p', 'p.id', 'a.publication_id')
    .select('a.id')
    .where('a.file_id', '=', fileId)
    .where('p.status', '=', 'published')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Attachments of a publication with their file metadata (and text, for the PII scan). */
export const attachmentsOf = (q: Q, publicationId: number) =>
  q
    .selectFrom('attachments as a')
    .innerJoin('files as f', 'f.id', 'a.file_id')
    .select(['a.id', 'a.file_id', 'a.kind', 'a.sort_order', 'f.file_name', 'f.mime', 'f.size', 'f.text_content'])
    .where('a.publication_id', '=', publicationId)
    .orderBy('a.sort_order')
    .orderBy('a.id')
    .execute();

export async function addAttachment(
  q: Q,
  publicationId: number,
  fileId: number,
  kind: string,
  createdAt: string,
): Promise<number> {
  const last = await q
    .selectFrom('attachments')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('publication_id', '=', publicationId)
    .executeTakeFirst();
  const { id } = await q
    .insertInto('attachments')
    .values({
      publication_id: publicationId,
      file_id: fileId,
      kind,
      sort_order: Number(last?.m ?? 0) + 1,
      created_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const findAttachment = (q: Q, publicationId: number, attachmentId: number) =>
  q
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('publication_id', '=', publicationId)
    .executeTakeFirst();

export async function removeAttachment(q: Q, attachmentId: number): Promise<void> {
  await q.deleteFrom('attachments').where('id', '=', attachmentId).execute();
}
