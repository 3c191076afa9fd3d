import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';

/**
 * Requests for disclosure (依申请公开): the working-day calendar's edits, cases and their events,
 * notes, files, letter templates, review and lawsuit records, and the per-address rate limit of
 * public forms. Frozen once landed.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'sqlite' ? 'integer' : 'serial';
  const idColumn = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

  // A year's State Council notice entered by staff (for a year the shipped data lacks, or a correction).
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('holidays', 'text', (c) => c.notNull())
    .addColumn('working_weekends', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Local closures, ethnic-area holidays and extra working days, on top of the national notice.
  await db.schema
    .createTable('calendar_changes')
    .addColumn('id', id, idColumn)
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('request_cases')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    // null until staff confirm receipt of an online application
    .addColumn('received_on', 'text')
    .addColumn('regime', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_category', 'text', (c) => c.notNull())
    // masked for lists (张*), the full details encrypted, the keyed hash for repeat and 按件 counts
    .addColumn('applicant_display', 'text', (c) => c.notNull())
    .addColumn('applicant_sealed', 'text', (c) => c.notNull())
    .addColumn('applicant_hash', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('doc_number_hint', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('delivery_form', 'text', (c) => c.notNull())
    .addColumn('delivery_channel', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('fee_method', 'text')
    .addColumn('fee_amount', 'integer')
    .addColumn('fee_status', 'text')
    .addColumn('outcome_code', 'text')
    .addColumn('outcome_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_on', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_cases_org_state_deadline')
    .on('request_cases')
    .columns(['organization_id', 'state', 'deadline'])
    .execute();
  await db.schema
    .createIndex('request_cases_org_received')
    .on('request_cases')
    .columns(['organization_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('request_cases_org_closed')
    .on('request_cases')
    .columns(['organization_id', 'closed_on'])
    .execute();
  await db.schema
    .createIndex('request_cases_applicant')
    .on('request_cases')
    .columns(['organization_id', 'applicant_hash', 'received_on'])
    .execute();

  // The events that move the clock (domain CaseEvent) and the other steps shown on the timeline.
  await db.schema
    .createTable('request_events')
    .addColumn('id', id, idColumn)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('request_cases.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    // what the applicant reads on the tracking page ('' = not shown to the applicant)
    .addColumn('public_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_events_case').on('request_events').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('request_notes')
    .addColumn('id', id, idColumn)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('request_cases.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_notes_case').on('request_notes').columns(['case_id']).execute();

  // Application attachments, 补正 material, generated notices and replies, released documents.
  await db.schema
    .createTable('request_files')
    .addColumn('id', id, idColumn)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('request_cases.id'))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event_id', 'integer', (c) => c.references('request_events.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_files_case').on('request_files').columns(['case_id']).execute();

  await db.schema
    .createTable('letter_templates')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('letter_templates_org_kind', ['organization_id', 'kind'])
    .execute();

  // 行政复议 and 行政诉讼 against a case (table 四 of the annual report).
  await db.schema
    .createTable('request_appeals')
    .addColumn('id', id, idColumn)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('request_cases.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_appeals_org_filed')
    .on('request_appeals')
    .columns(['organization_id', 'filed_on'])
    .execute();

  // Per-address counters of public forms (domain rate-limit), shared by every server process.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();

  // Bot-check tokens already used, kept until they expire so a solved challenge is not replayed.
  await db.schema
    .createTable('spent_challenges')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
