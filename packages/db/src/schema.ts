import type { ColumnType, Generated } from 'kysely';

/**
 * Table types shared by both dialects.
 *
 * Conventions that keep SQLite and PostgreSQL handing the same JS values to the rest of the code:
 * - instants are ISO-8601 UTC strings (`2026-11-27T08:00:00.000Z`) in TEXT columns;
 * - legal days are local `YYYY-MM-DD` strings (Asia/Shanghai) in TEXT columns;
 * - booleans are integers 0/1; lists and objects are JSON in TEXT columns.
 */
type Id = Generated<number>;
type Flag = ColumnType<number, number | undefined, number>;

export interface OrganizationTable {
  id: Id;
  slug: string;
  name: string;
  short_name: string;
  /** 机关 | 部门 | 村 */
  kind: string;
  /** Code used in 索引号, e.g. 000014349 or a 统一社会信用代码. */
  code: string;
  parent_id: number | null;
  is_primary: Flag;
  sort_order: ColumnType<number, number | undefined, number>;
  office_name: string;
  address: string;
  office_hours: string;
  phone: string;
  fax: string;
  email: string;
  hotline: string;
  postcode: string;
  /** Editable part of the 公开指南 (plain text, paragraphs separated by blank lines). */
  guide_text: string;
  /** 索引号 pattern, placeholders {code} {year} {seq} (seq padded to 5 digits). */
  index_pattern: string;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: Id;
  organization_id: number | null;
  username: string;
  display_name: string;
  password_hash: string;
  /** JSON array of role codes, see domain `Role`. */
  roles: string;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: string | null;
  disabled: Flag;
  must_change_password: Flag;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: Id;
  /** SHA-256 of the random token; the token itself is never stored. */
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; the idle timeout is checked against last_seen_at. */
  expires_at: string;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  actor_id: number | null;
  actor_name: string;
  organization_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  /** JSON object. */
  detail: string;
  prev_hash: string;
  hash: string;
}

/** Single row (id = 1) holding the chain head, locked while appending so processes never fork it. */
export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
}

export interface CategoryTable {
  id: Id;
  organization_id: number;
  parent_id: number | null;
  name: string;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface SiteColumnTable {
  id: Id;
  organization_id: number;
  slug: string;
  name: string;
  description: string;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface PublicationTable {
  id: Id;
  organization_id: number;
  /** 索引号, assigned on first publication; unique and never reused. */
  index_no: string | null;
  title: string;
  summary: string;
  /** 成文日期 (生成日期), YYYY-MM-DD. */
  written_date: string | null;
  /** 发布日期, YYYY-MM-DD, set when published. */
  publish_date: string | null;
  published_at: string | null;
  /** 发布机构 */
  issuing_body: string;
  /** 文号, normalized to 〔〕; empty when none. */
  doc_number: string;
  /** 主题分类 */
  topic: string;
  /** 体裁分类 */
  genre: string;
  /** 有效 | 已修改 | 已废止 | 失效 */
  validity: string;
  /** 主动公开 | 依申请公开 | 不予公开 */
  disclosure_mode: string;
  /** 公开时限, e.g. 常年公开 / 长期公开 */
  time_limit: string;
  category_id: number | null;
  is_normative: Flag;
  /** For a 政策解读: the publication it interprets. */
  interprets_id: number | null;
  body_html: string;
  body_text: string;
  /** draft | submitted | returned | approved | scheduled | published | withdrawn */
  status: string;
  scheduled_at: string | null;
  author_id: number;
  submitted_at: string | null;
  reviewer_id: number | null;
  reviewed_at: string | null;
  review_comment: string;
  /** Written justification when approved with personal-data hits left. */
  pii_justification: string;
  publisher_id: number | null;
  withdrawn_at: string | null;
  withdrawn_reason: string;
  revision: ColumnType<number, number | undefined, number>;
  /** Total views flushed so far (per-day detail in view_counts). */
  view_count: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface IndexCounterTable {
  organization_id: number;
  year: number;
  last_seq: number;
}

export interface PublicationColumnTable {
  publication_id: number;
  column_id: number;
  /** Copy of the publication's `publish_date` while it is published, NULL otherwise (see `columnsRepo`). */
  publish_date: string | null;
}

export interface PublicationRevisionTable {
  id: Id;
  publication_id: number;
  revision: number;
  title: string;
  summary: string;
  body_html: string;
  /** JSON snapshot of the metadata at that revision. */
  metadata: string;
  change_note: string;
  created_by: number | null;
  created_at: string;
}

export interface ValidityChangeTable {
  id: Id;
  publication_id: number;
  validity: string;
  effective_date: string;
  note: string;
  created_by: number | null;
  created_at: string;
}

export interface FileTable {
  id: Id;
  organization_id: number;
  storage_key: string;
  /** Original file name as uploaded (Chinese names kept). */
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  /** Extracted text, scanned for personal data before approval. */
  text_content: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface AttachmentTable {
  id: Id;
  publication_id: number;
  file_id: number;
  /** attachment | image */
  kind: string;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface ViewCountTable {
  publication_id: number;
  /** The item's organization, copied so that an organization's views of a period are one index range. */
  organization_id: number;
  /** YYYY-MM-DD (Asia/Shanghai) */
  day: string;
  count: number;
}

/** One row per published publication: the segmented text the search index is built from. */
export interface PublicationSearchTable {
  publication_id: number;
  organization_id: number;
  category_id: number | null;
  year: number;
  /** Space-separated tokens from the segmenter (title repeated for weight). */
  tokens: string;
}

/** Single row (id = 1); bumped whenever public content changes so page caches can drop. */
export interface ContentVersionTable {
  id: number;
  version: number;
}

/** A year's 放假通知 entered by staff; JSON maps of date → name. */
export interface CalendarYearTable {
  year: number;
  holidays: string;
  working_weekends: string;
  source: string;
  updated_by: number | null;
  updated_at: string;
}

export interface CalendarChangeTable {
  id: Id;
  date: string;
  /** closed | working (domain LocalChange) */
  kind: string;
  note: string;
  created_by: number | null;
  created_at: string;
}

export interface RequestCaseTable {
  id: Id;
  organization_id: number;
  tracking_no: string;
  access_code_hash: string;
  /** online | in_person | letter | fax | email */
  channel: string;
  submitted_at: string;
  received_on: string | null;
  /** '2007' | '2019'; '' until received */
  regime: ColumnType<string, string | undefined, string>;
  /** pending_receipt, or domain CaseState */
  state: string;
  deadline: string | null;
  /** person | organization */
  applicant_kind: string;
  applicant_category: string;
  applicant_display: string;
  /** AES-GCM sealed JSON of the applicant's details */
  applicant_sealed: string;
  /** HMAC of the ID number or credit code */
  applicant_hash: string;
  description: string;
  doc_number_hint: ColumnType<string, string | undefined, string>;
  purpose: ColumnType<string, string | undefined, string>;
  delivery_form: string;
  delivery_channel: string;
  assignee_id: number | null;
  fee_method: string | null;
  /** yuan */
  fee_amount: number | null;
  /** notified | paid | declined | expired */
  fee_status: string | null;
  outcome_code: string | null;
  outcome_note: ColumnType<string, string | undefined, string>;
  legal_basis: ColumnType<string, string | undefined, string>;
  closed_on: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface RequestEventTable {
  id: Id;
  case_id: number;
  /** domain CaseEventType, or a timeline-only step (submitted, assigned, replied …) */
  type: string;
  date: string;
  detail: ColumnType<string, string | undefined, string>;
  public_note: ColumnType<string, string | undefined, string>;
  actor_id: number | null;
  actor_name: string;
  created_at: string;
}

export interface RequestNoteTable {
  id: Id;
  case_id: number;
  author_id: number;
  author_name: string;
  text: string;
  created_at: string;
}

export interface RequestFileTable {
  id: Id;
  case_id: number;
  file_id: number;
  /** application | supplement | notice | reply | released */
  kind: string;
  event_id: number | null;
  title: string;
  created_at: string;
}

export interface LetterTemplateTable {
  id: Id;
  organization_id: number;
  kind: string;
  title: string;
  body: string;
  updated_by: number | null;
  updated_at: string;
}

export interface RequestAppealTable {
  id: Id;
  case_id: number;
  organization_id: number;
  /** review | lawsuit_direct | lawsuit_after_review */
  kind: string;
  filed_on: string;
  /** upheld | corrected | other | pending */
  result: string;
  decided_on: string | null;
  note: ColumnType<string, string | undefined, string>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface RateLimitTable {
  key: string;
  window_start: number;
  count: number;
}

export interface SpentChallengeTable {
  token_hash: string;
  expires_at: string;
}

export interface ConsultationTable {
  id: Id;
  organization_id: number;
  title: string;
  /** 起草说明 (plain text). */
  explanation: string;
  how_to_comment: string;
  contact: string;
  open_date: string;
  close_date: string;
  /** 重大决策: 30 calendar days at least. */
  major: Flag;
  publication_id: number | null;
  file_id: number | null;
  body_html: string;
  /** JSON [{ no, title, html }] */
  sections: ColumnType<string, string | undefined, string>;
  feedback_summary: string | null;
  feedback_published_at: string | null;
  adopted_publication_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConsultationFeedbackTable {
  id: Id;
  consultation_id: number;
  /** 采纳 | 部分采纳 | 未采纳 */
  adoption: string;
  reason: ColumnType<string, string | undefined, string>;
  created_by: number | null;
  created_at: string;
}

export interface ConsultationCommentTable {
  id: Id;
  consultation_id: number;
  tracking_no: string;
  name: ColumnType<string, string | undefined, string>;
  /** AES-GCM sealed contact (staff only) */
  contact_sealed: string;
  section_no: number | null;
  content: string;
  /** domain CommentStatus */
  status: string;
  reports: ColumnType<number, number | undefined, number>;
  reject_reason: ColumnType<string, string | undefined, string>;
  /** JSON array of the listed words found */
  flagged_words: ColumnType<string, string | undefined, string>;
  fingerprint: string;
  feedback_id: number | null;
  moderated_by: number | null;
  moderated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CommentReportTable {
  comment_id: number;
  /** keyed hash of the reporter's address */
  reporter_hash: string;
  created_at: string;
}

export interface MessageTable {
  id: Id;
  organization_id: number;
  tracking_no: string;
  access_code_hash: string;
  /** domain MessageType */
  type: string;
  subject: string;
  content: string;
  name: ColumnType<string, string | undefined, string>;
  contact_sealed: string;
  /** domain MessageStatus */
  status: string;
  assignee_id: number | null;
  received_on: string;
  due_date: string;
  replied_on: string | null;
  /** domain Rating */
  rating: string | null;
  is_public: Flag;
  published_at: string | null;
  flagged_words: ColumnType<string, string | undefined, string>;
  fingerprint: string;
  submitted_at: string;
  updated_at: string;
}

export interface MessagePostTable {
  id: Id;
  message_id: number;
  /** followUp | reply */
  kind: string;
  text: string;
  /** The answering organization of a reply. */
  organization_id: number | null;
  author_id: number | null;
  author_name: string;
  created_at: string;
}

export interface MessageEventTable {
  id: Id;
  message_id: number;
  type: string;
  detail: ColumnType<string, string | undefined, string>;
  actor_id: number | null;
  actor_name: string;
  created_at: string;
}

export interface MessageNoteTable {
  id: Id;
  message_id: number;
  author_id: number;
  author_name: string;
  text: string;
  created_at: string;
}

export interface MessageSettingTable {
  organization_id: number;
  reply_working_days: number;
  updated_by: number | null;
  updated_at: string;
}

/** Single row (id = 1): the deployment's word list as a JSON array. */
export interface ModerationWordsTable {
  id: number;
  words: string;
  updated_by: number | null;
  updated_at: string;
}

export interface HotlineCallTable {
  id: Id;
  organization_id: number;
  called_at: string;
  /** YYYY-MM (Asia/Shanghai) of called_at */
  month: string;
  caller_masked: string;
  topic: string;
  answer: string;
  handled_by: number | null;
  handled_by_name: string;
  created_by: number | null;
  created_at: string;
}

/** One annual report (年度报告) per organization and year; its content lives in the versions. */
export interface AnnualReportTable {
  id: Id;
  organization_id: number;
  year: number;
  /** domain ReportFormat: '2021' | '2019' | '2007' */
  format: string;
  /** draft | published */
  status: string;
  /** The item in the 年度报告 column, once published. */
  publication_id: number | null;
  current_version: number;
  published_version: number | null;
  created_at: string;
  updated_at: string;
}

/** A generated version: the document is always rebuilt from these three JSON texts. */
export interface AnnualReportVersionTable {
  id: Id;
  report_id: number;
  version: number;
  /** JSON domain ReportRecords: the records snapshot at generation. */
  records: string;
  /** JSON domain ManualValues. */
  manual: string;
  /** JSON domain Narrative. */
  narrative: string;
  /** Required when a published report is amended. */
  change_note: ColumnType<string, string | undefined, string>;
  created_by: number | null;
  created_at: string;
  published_at: string | null;
}

/** A report generation running in the background; the console polls it. */
export interface ReportJobTable {
  id: Id;
  organization_id: number;
  year: number;
  /** running | done | failed */
  state: string;
  /** Steps done so far, of `steps`. */
  step: number;
  steps: number;
  /** What it is doing now (zh-CN). */
  label: string;
  report_id: number | null;
  version: number | null;
  error: ColumnType<string, string | undefined, string>;
  started_by: number | null;
  started_at: string;
  updated_at: string;
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  categories: CategoryTable;
  site_columns: SiteColumnTable;
  publications: PublicationTable;
  index_counters: IndexCounterTable;
  publication_columns: PublicationColumnTable;
  publication_revisions: PublicationRevisionTable;
  validity_changes: ValidityChangeTable;
  files: FileTable;
  attachments: AttachmentTable;
  view_counts: ViewCountTable;
  publication_search: PublicationSearchTable;
  content_version: ContentVersionTable;
  calendar_years: CalendarYearTable;
  calendar_changes: CalendarChangeTable;
  request_cases: RequestCaseTable;
  request_events: RequestEventTable;
  request_notes: RequestNoteTable;
  request_files: RequestFileTable;
  letter_templates: LetterTemplateTable;
  request_appeals: RequestAppealTable;
  rate_limits: RateLimitTable;
  spent_challenges: SpentChallengeTable;
  consultations: ConsultationTable;
  consultation_feedback: ConsultationFeedbackTable;
  consultation_comments: ConsultationCommentTable;
  comment_reports: CommentReportTable;
  messages: MessageTable;
  message_posts: MessagePostTable;
  message_events: MessageEventTable;
  message_notes: MessageNoteTable;
  message_settings: MessageSettingTable;
  moderation_words: ModerationWordsTable;
  hotline_calls: HotlineCallTable;
  annual_reports: AnnualReportTable;
  annual_report_versions: AnnualReportVersionTable;
  report_jobs: ReportJobTable;
}
