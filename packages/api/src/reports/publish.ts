/**
 * Publishing a report version as an item of the 年度报告 column (with its 索引号 and the Word file
 * attached), and amending that item when a later version is published.
 */
import type { Kysely, Selectable } from 'kysely';
import {
  categoriesRepo,
  columnsRepo,
  filesRepo,
  publicationsRepo,
  type AnnualReportTable,
  type Database,
} from '@gongkai/db';
import { htmlToText, shanghaiDate, type ReportDocument } from '@gongkai/domain';
import type { AuditActor } from '../audit.js';
import type { ApiDeps } from '../context.js';
import { prepareFile, recordFile, type PreparedFile } from '../files.js';
import { indexForSearch, publishNow, storeRevision } from '../publications/publish.js';
import { renderReportDocx } from './docx.js';
import { renderReportHtml } from './html.js';

const REPORT_COLUMN = 'ndbg';
const REPORT_CATEGORY = '计划总结类信息';
/** Attachment kind of the report's Word file, replaced when the report is amended. */
const DOCX_KIND = 'report_docx';

/** The Word file in storage, to be recorded in the publishing transaction. */
export async function prepareReportDocx(deps: ApiDeps, document: ReportDocument): Promise<PreparedFile> {
  const prepared = await prepareFile(deps, `${document.title}.docx`, await renderReportDocx(document));
  if (!prepared.ok) throw new Error(`report docx refused: ${prepared.error}`);
  return prepared.file;
}

function itemText(document: ReportDocument) {
  const bodyHtml = renderReportHtml(document);
  return {
    title: document.title,
    summary: `${document.organizationName}${document.year}年政府信息公开工作情况、统计表格及存在的问题和改进措施。`,
    body_html: bodyHtml,
    body_text: htmlToText(bodyHtml),
  };
}

async function attachDocx(
  trx: Kysely<Database>,
  publicationId: number,
  docx: PreparedFile,
  owner: { organizationId: number; uploadedBy: number; at: string },
) {
  const fileId = await recordFile(trx, docx, owner);
  await filesRepo.addAttachment(trx, publicationId, fileId, DOCX_KIND, owner.at);
}

/** First publication: a new item, published now through the normal publishing step. Returns its id. */
export async function publishReportItem(
  deps: ApiDeps,
  trx: Kysely<Database>,
  report: Selectable<AnnualReportTable>,
  document: ReportDocument,
  docx: PreparedFile,
  actor: AuditActor & { id: number },
): Promise<{ publicationId: number; indexNo: string }> {
  const now = deps.clock();
  const at = now.toISOString();
  const category = (await categoriesRepo.listForOrg(trx, report.organization_id)).find(
    (c) => c.name === REPORT_CATEGORY && c.parent_id === null,
  );
  const column = await columnsRepo.findBySlug(trx, report.organization_id, REPORT_COLUMN);
  const publicationId = await publicationsRepo.insert(trx, {
    organization_id: report.organization_id,
    ...itemText(document),
    written_date: shanghaiDate(now),
    issuing_body: document.organizationName,
    doc_number: '',
    topic: '综合政务',
    genre: '报告',
    validity: '有效',
    disclosure_mode: '主动公开',
    time_limit: '长期公开',
    review_comment: '',
    pii_justification: '',
    withdrawn_reason: '',
    category_id: category?.id ?? null,
    status: 'approved',
    author_id: actor.id,
    reviewer_id: actor.id,
    reviewed_at: at,
    created_at: at,
    updated_at: at,
  });
  const pub = (await publicationsRepo.findById(trx, publicationId))!;
  const indexNo = await publishNow(deps, trx, pub, actor, now);
  if (indexNo === null) throw new Error(`report item ${publicationId} was not published`);
  if (column) await columnsRepo.setForPublication(trx, publicationId, [column.id]);
  await attachDocx(trx, publicationId, docx, { organizationId: report.organization_id, uploadedBy: actor.id, at });
  return { publicationId, indexNo };
}

/** A later version: the item's next revision with the change note, and the new Word file. */
export async function amendReportItem(
  deps: ApiDeps,
  trx: Kysely<Database>,
  publicationId: number,
  document: ReportDocument,
  docx: PreparedFile,
  changeNote: string,
  actor: AuditActor & { id: number },
): Promise<string> {
  const at = deps.clock().toISOString();
  const pub = await publicationsRepo.findById(trx, publicationId);
  if (!pub) throw new Error(`report item ${publicationId} missing`);
  if (!(await publicationsRepo.findRevision(trx, pub.id, pub.revision))) {
    await storeRevision(trx, pub, '', pub.publisher_id, pub.published_at ?? at);
  }
  await publicationsRepo.update(trx, pub.id, { ...itemText(document), revision: pub.revision + 1, updated_at: at });
  const amended = (await publicationsRepo.findById(trx, pub.id))!;
  await storeRevision(trx, amended, changeNote, actor.id, at);
  for (const old of await filesRepo.attachmentsOf(trx, pub.id)) {
    if (old.kind === DOCX_KIND) await filesRepo.removeAttachment(trx, old.id);
  }
  await attachDocx(trx, pub.id, docx, { organizationId: pub.organization_id, uploadedBy: actor.id, at });
  await indexForSearch(deps, trx, amended);
  await publicationsRepo.bumpContentVersion(trx);
  return amended.index_no ?? '';
}

/** The Word file attached to a published report item (what visitors download). */
export async function reportDocxFileId(q: Kysely<Database>, publicationId: number): Promise<number | null> {
  const attachment = (await filesRepo.attachmentsOf(q, publicationId)).find((a) => a.kind === DOCX_KIND);
  return attachment?.file_id ?? null;
}
