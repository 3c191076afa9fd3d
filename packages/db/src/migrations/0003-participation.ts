import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';

/**
 * Public participation (issue 4): consultations on drafts (征求意见) with their comments, reports
 * and feedback; messages (互动交流) with their thread, steps and internal notes; the reply period
 * per organization and the deployment's word list; the hotline call log. Frozen once landed.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'sqlite' ? 'integer' : 'serial';
  const idColumn = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

  await db.schema
    .createTable('consultations')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('how_to_comment', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('open_date', 'text', (c) => c.notNull())
    .addColumn('close_date', 'text', (c) => c.notNull())
    .addColumn('major', 'integer', (c) => c.notNull().defaultTo(0))
    // the draft: a publication of the organization or an uploaded Word file, copied at opening
    .addColumn('publication_id', 'integer', (c) => c.references('publications.id'))
    .addColumn('file_id', 'integer', (c) => c.references('files.id'))
    .addColumn('body_html', 'text', (c) => c.notNull())
    // JSON [{ no, title, html }]: the parts of the draft a comment can target
    .addColumn('sections', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('feedback_summary', 'text')
    .addColumn('feedback_published_at', 'text')
    .addColumn('adopted_publication_id', 'integer', (c) => c.references('publications.id'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultations_org_close')
    .on('consultations')
    .columns(['organization_id', 'close_date'])
    .execute();

  await db.schema
    .createTable('consultation_feedback')
    .addColumn('id', id, idColumn)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('adoption', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_feedback_consultation')
    .on('consultation_feedback')
    .columns(['consultation_id'])
    .execute();

  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', id, idColumn)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    // AES-GCM sealed: the contact is for staff only
    .addColumn('contact_sealed', 'text', (c) => c.notNull())
    .addColumn('section_no', 'integer')
    .addColumn('content', 'text', (c) => c.notNull())
    // domain CommentStatus
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reject_reason', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of the listed words found ('[]' = not flagged)
    .addColumn('flagged_words', 'text', (c) => c.notNull().defaultTo('[]'))
    // domain duplicates fingerprint of the content
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('feedback_id', 'integer', (c) => c.references('consultation_feedback.id'))
    .addColumn('moderated_by', 'integer')
    .addColumn('moderated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_comments_consultation')
    .on('consultation_comments')
    .columns(['consultation_id', 'status'])
    .execute();

  // One row per visitor (keyed hash of the address) and comment: a visitor reports a comment once.
  await db.schema
    .createTable('comment_reports')
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('consultation_comments.id'))
    .addColumn('reporter_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reports_pk', ['comment_id', 'reporter_hash'])
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', id, idColumn)
    // the organization answering it now (a transfer changes it)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    // domain MessageType
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_sealed', 'text', (c) => c.notNull())
    // domain MessageStatus
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('replied_on', 'text')
    .addColumn('rating', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('flagged_words', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_org_status_due')
    .on('messages')
    .columns(['organization_id', 'status', 'due_date'])
    .execute();
  await db.schema.createIndex('messages_public').on('messages').columns(['is_public', 'replied_on']).execute();

  // The exchange: the visitor's follow-ups and the staff's replies (the first message is on `messages`).
  await db.schema
    .createTable('message_posts')
    .addColumn('id', id, idColumn)
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    // followUp | reply
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('author_id', 'integer')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_posts_message').on('message_posts').columns(['message_id', 'id']).execute();

  // Steps shown on the staff timeline (received, assigned, transferred, published …).
  await db.schema
    .createTable('message_events')
    .addColumn('id', id, idColumn)
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_events_message').on('message_events').columns(['message_id', 'id']).execute();

  await db.schema
    .createTable('message_notes')
    .addColumn('id', id, idColumn)
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_notes_message').on('message_notes').columns(['message_id']).execute();

  // An organization's reply period for messages (no row = the domain default of 5 working days).
  await db.schema
    .createTable('message_settings')
    .addColumn('organization_id', 'integer', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('reply_working_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The deployment's word list (single row id = 1; no row = the shipped default list).
  await db.schema
    .createTable('moderation_words')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('hotline_calls')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('called_at', 'text', (c) => c.notNull())
    // Shanghai YYYY-MM of called_at, for the monthly lists and statistics
    .addColumn('month', 'text', (c) => c.notNull())
    // masked before storage (domain maskCaller); the full number is never kept
    .addColumn('caller_masked', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('handled_by', 'integer', (c) => c.references('users.id'))
    .addColumn('handled_by_name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hotline_calls_org_month')
    .on('hotline_calls')
    .columns(['organization_id', 'month', 'called_at'])
    .execute();
}
