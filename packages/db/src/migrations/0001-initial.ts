import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';

/** Frozen once landed: later changes go in a new numbered migration. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  // SQLite: INTEGER PRIMARY KEY AUTOINCREMENT (ids never reused); PostgreSQL: serial.
  const id = dialect === 'sqlite' ? 'integer' : 'serial';
  const idColumn = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

  await db.schema
    .createTable('organizations')
    .addColumn('id', id, idColumn)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('office_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('office_hours', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fax', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hotline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('guide_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('index_pattern', 'text', (c) => c.notNull().defaultTo('{code}/{year}-{seq}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', id, idColumn)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', id, idColumn)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_org_at').on('audit_log').columns(['organization_id', 'at']).execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('audit_head').values({ id: 1, last_id: 0, last_hash: '' }).execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('categories_org').on('categories').column('organization_id').execute();

  await db.schema
    .createTable('site_columns')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('site_columns_org_slug', ['organization_id', 'slug'])
    .execute();

  await db.schema
    .createTable('publications')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('index_no', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('written_date', 'text')
    .addColumn('publish_date', 'text')
    .addColumn('published_at', 'text')
    .addColumn('issuing_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('doc_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('genre', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('validity', 'text', (c) => c.notNull().defaultTo('有效'))
    .addColumn('disclosure_mode', 'text', (c) => c.notNull().defaultTo('主动公开'))
    .addColumn('time_limit', 'text', (c) => c.notNull().defaultTo('长期公开'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('is_normative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interprets_id', 'integer', (c) => c.references('publications.id'))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text')
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('reviewer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pii_justification', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('publisher_id', 'integer', (c) => c.references('users.id'))
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Public lists walk these newest first (publish_date, then id) and count from them alone; the
  // trailing id makes the order and the covering explicit on PostgreSQL too.
  await db.schema
    .createIndex('publications_public')
    .on('publications')
    .columns(['status', 'organization_id', 'publish_date', 'id'])
    .execute();
  await db.schema
    .createIndex('publications_category')
    .on('publications')
    .columns(['category_id', 'status', 'organization_id', 'publish_date', 'id'])
    .execute();
  await db.schema
    .createIndex('publications_scheduled')
    .on('publications')
    .columns(['status', 'scheduled_at'])
    .execute();
  await db.schema.createIndex('publications_interprets').on('publications').column('interprets_id').execute();
  await db.schema.createIndex('publications_doc_number').on('publications').column('doc_number').execute();

  await db.schema
    .createTable('index_counters')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('index_counters_pk', ['organization_id', 'year'])
    .execute();

  await db.schema
    .createTable('publication_columns')
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id'))
    .addColumn('column_id', 'integer', (c) => c.notNull().references('site_columns.id'))
    // The publication's publish_date while it is published, NULL otherwise (kept by the
    // repositories): "latest N of a column" and its counts are then a walk of one index.
    .addColumn('publish_date', 'text')
    .addPrimaryKeyConstraint('publication_columns_pk', ['publication_id', 'column_id'])
    .execute();
  await db.schema
    .createIndex('publication_columns_latest')
    .on('publication_columns')
    .columns(['column_id', 'publish_date', 'publication_id'])
    .execute();

  await db.schema
    .createTable('publication_revisions')
    .addColumn('id', id, idColumn)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('publication_revisions_unique', ['publication_id', 'revision'])
    .execute();

  await db.schema
    .createTable('validity_changes')
    .addColumn('id', id, idColumn)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id'))
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('validity_changes_pub').on('validity_changes').column('publication_id').execute();

  await db.schema
    .createTable('files')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('text_content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', id, idColumn)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id'))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('attachment'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_pub').on('attachments').column('publication_id').execute();

  await db.schema
    .createTable('view_counts')
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('view_counts_pk', ['publication_id', 'day'])
    .execute();
  await db.schema.createIndex('view_counts_day').on('view_counts').column('day').execute();

  await db.schema
    .createTable('publication_search')
    .addColumn('publication_id', 'integer', (c) => c.primaryKey().references('publications.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'integer')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('tokens', 'text', (c) => c.notNull())
    .execute();

  if (dialect === 'sqlite') {
    // External-content FTS5 index over publication_search, kept in step by triggers.
    // Search facets read (year, category) of the newest matches: from this narrow index rather
    // than the wide token rows.
    await db.schema
      .createIndex('publication_search_facets')
      .on('publication_search')
      .columns(['publication_id', 'year', 'category_id'])
      .execute();
    await sql`CREATE VIRTUAL TABLE publication_fts USING fts5(tokens, content='publication_search', content_rowid='publication_id', tokenize='unicode61')`.execute(
      db,
    );
    await sql`CREATE TRIGGER publication_search_ai AFTER INSERT ON publication_search BEGIN
      INSERT INTO publication_fts(rowid, tokens) VALUES (new.publication_id, new.tokens); END`.execute(db);
    await sql`CREATE TRIGGER publication_search_ad AFTER DELETE ON publication_search BEGIN
      INSERT INTO publication_fts(publication_fts, rowid, tokens) VALUES ('delete', old.publication_id, old.tokens); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER publication_search_au AFTER UPDATE ON publication_search BEGIN
      INSERT INTO publication_fts(publication_fts, rowid, tokens) VALUES ('delete', old.publication_id, old.tokens);
      INSERT INTO publication_fts(rowid, tokens) VALUES (new.publication_id, new.tokens); END`.execute(db);
  } else {
    await sql`ALTER TABLE publication_search ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX publication_search_tsv ON publication_search USING GIN (tsv)`.execute(db);
  }

  await db.schema
    .createTable('content_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('content_version').values({ id: 1, version: 1 }).execute();
}
