/**
 * The text put out for comment: a publication of the organization (its body as it stands) or an
 * uploaded Word document (converted like an imported publication). The copy is what visitors
 * read, so personal data found in it is masked, as in any published text.
 */
import type { Kysely } from 'kysely';
import { filesRepo, publicationsRepo, type Database } from '@gongkai/db';
import { maskPiiInHtml, DOCX_MIME } from '@gongkai/domain';
import { ensureSameOrg } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { fieldError } from '../errors.js';
import { importDocx } from '../publications/import-docx.js';
import { splitSections } from './sections.js';

export interface DraftSource {
  publicationId?: number | undefined;
  fileId?: number | undefined;
}

export async function loadDraft(deps: ApiDeps, q: Kysely<Database>, organizationId: number, source: DraftSource) {
  let bodyHtml: string;
  if (source.publicationId !== undefined) {
    const pub = ensureSameOrg(await publicationsRepo.findById(q, source.publicationId), organizationId, '信息');
    bodyHtml = pub.body_html;
  } else {
    const file = ensureSameOrg(await filesRepo.findById(q, source.fileId!), organizationId, '文件');
    if (file.mime !== DOCX_MIME) throw fieldError('source.fileId', '请上传.docx格式的Word文档');
    try {
      bodyHtml = (await importDocx(await deps.files.read(file.storage_key))).bodyHtml;
    } catch {
      throw fieldError('source.fileId', '无法读取该Word文档');
    }
  }
  if (bodyHtml.trim() === '') throw fieldError('source.fileId', '征求意见稿没有正文');
  const masked = maskPiiInHtml(bodyHtml, { allowList: deps.piiAllowList });
  return {
    publication_id: source.publicationId ?? null,
    file_id: source.fileId ?? null,
    body_html: masked,
    sections: JSON.stringify(splitSections(masked)),
  };
}
