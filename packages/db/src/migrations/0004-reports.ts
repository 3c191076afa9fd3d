import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../dialect-name.js';

/**
 * Annual reports (issue 5): one report per organization and year, its versions (records snapshot,
 * staff figures and narrative as JSON), the generation jobs the console follows, and the covering
 * indexes that let a year's figures be counted from indexes alone on millions of rows. Frozen once
 * landed.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'sqlite' ? 'integer' : 'serial';
  const idColumn = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

  await db.schema
    .createTable('annual_reports')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    // domain ReportFormat: '2021' | '2019' | '2007'
    .addColumn('format', 'text', (c) => c.notNull())
    // draft | published
    .addColumn('status', 'text', (c) => c.notNull())
    // the item in the 年度报告 column, once published
    .addColumn('publication_id', 'integer', (c) => c.references('publications.id'))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_reports_org_year', ['organization_id', 'year'])
    .execute();

  await db.schema
    .createTable('annual_report_versions')
    .addColumn('id', id, idColumn)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('annual_reports.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // JSON: domain ReportRecords, ManualValues, Narrative
    .addColumn('records', 'text', (c) => c.notNull())
    .addColumn('manual', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('annual_report_versions_unique', ['report_id', 'version'])
    .execute();

  await db.schema
    .createTable('report_jobs')
    .addColumn('id', id, idColumn)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    // running | done | failed
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('annual_reports.id'))
    .addColumn('version', 'integer')
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_by', 'integer', (c) => c.references('users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A year's catalogue counts (per category, with 文号, normative) read only this index: it extends
  // 0001's (same leading columns for the category lists, so it replaces it), and the report seeks
  // it once per category of the organization and range of publish_date.
  await db.schema.dropIndex('publications_category').execute();
  await db.schema
    .createIndex('publications_category')
    .on('publications')
    .columns(['category_id', 'status', 'organization_id', 'publish_date', 'id', 'is_normative', 'doc_number'])
    .execute();
  // 点击率 of an organization's year (and its items' shares, for the trace list) is one range of
  // this index: the item's organization is copied onto its per-day rows (viewsRepo.add sets it),
  // instead of a lookup of the item for each row of a year's views.
  await db.schema
    .alterTable('view_counts')
    .addColumn('organization_id', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE view_counts SET organization_id = (SELECT p.organization_id FROM publications p WHERE p.id = view_counts.publication_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('view_counts_org_day')
    .on('view_counts')
    .columns(['organization_id', 'day', 'publication_id', 'count'])
    .execute();

  // Normative documents are few among many: table 二 finds them without walking the rest.
  await db.schema
    .createIndex('publications_normative')
    .on('publications')
    .columns(['organization_id', 'is_normative', 'status'])
    .execute();

  // Table 三 and the request charts from two covering indexes (they extend, and so replace, the
  // two of 0002): received in a range by applicant category; closed in a range (or still open) by
  // outcome and category, with the deadline for the overdue count.
  await db.schema.dropIndex('request_cases_org_received').execute();
  await db.schema.dropIndex('request_cases_org_closed').execute();
  await db.schema
    .createIndex('request_cases_received')
    .on('request_cases')
    .columns(['organization_id', 'received_on', 'applicant_category', 'closed_on'])
    .execute();
  await db.schema
    .createIndex('request_cases_closed')
    .on('request_cases')
    .columns(['organization_id', 'closed_on', 'received_on', 'applicant_category', 'outcome_code', 'deadline'])
    .execute();

  // 信息处理费 paid in a year: the feePaid events of the year, then their cases.
  await db.schema
    .createIndex('request_events_type_date')
    .on('request_events')
    .columns(['type', 'date', 'case_id'])
    .execute();

  // Messages received and replied in a period, by type and rating (statistics and participation).
  await db.schema
    .createIndex('messages_org_received')
    .on('messages')
    .columns(['organization_id', 'received_on', 'type'])
    .execute();
  await db.schema
    .createIndex('messages_org_replied')
    .on('messages')
    .columns(['organization_id', 'replied_on', 'rating'])
    .execute();
  await db.schema
    .createIndex('consultations_org_open')
    .on('consultations')
    .columns(['organization_id', 'open_date'])
    .execute();
}
