import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { filesRepo, organizationsRepo, type Database, type PublicationTable } from '@gongkai/db';
import { hitContext, PII_KIND_LABELS, scanPii, type PiiKind } from '@gongkai/domain';

export type HitSource = 'body' | 'title' | 'summary' | { attachmentId: number; fileName: string };

export interface Hit {
  /** Stable across requests: derived from where the hit is and its value, not from offsets. */
  id: string;
  source: HitSource;
  kind: PiiKind;
  kindLabel: string;
  masked: string;
  before: string;
  match: string;
  after: string;
}

/** The texts a publication publishes, as the PII scan sees them. */
export interface PiiTexts {
  title: string;
  summary: string;
  bodyText: string;
}

/** Numbers that are public on purpose: the deployment's list plus the organization's own lines. */
export async function allowListFor(
  q: Kysely<Database>,
  organizationId: number,
  base: readonly string[],
): Promise<string[]> {
  const org = await organizationsRepo.findById(q, organizationId);
  return [...base, ...(org ? [org.phone, org.fax, org.hotline] : [])].filter((s) => s.trim() !== '');
}

function hitsIn(text: string, source: HitSource, allowList: readonly string[]): Hit[] {
  const key = typeof source === 'string' ? source : `attachment:${source.attachmentId}`;
  const seen = new Map<string, number>();
  return scanPii(text, { allowList }).map((hit) => {
    const n = seen.get(hit.value) ?? 0;
    seen.set(hit.value, n + 1);
    const digest = createHash('sha256').update(`${key}\n${hit.value}`).digest('hex').slice(0, 12);
    return {
      id: `${key}:${digest}:${n}`,
      source,
      kind: hit.kind,
      kindLabel: PII_KIND_LABELS[hit.kind],
      masked: hit.masked,
      ...hitContext(text, hit),
    };
  });
}

/** Hits over title, summary, body text and the extracted text of every attachment. */
export async function collectHits(
  q: Kysely<Database>,
  publicationId: number,
  texts: PiiTexts,
  allowList: readonly string[],
): Promise<Hit[]> {
  const attachments = publicationId > 0 ? await filesRepo.attachmentsOf(q, publicationId) : [];
  return [
    ...hitsIn(texts.title, 'title', allowList),
    ...hitsIn(texts.summary, 'summary', allowList),
    ...hitsIn(texts.bodyText, 'body', allowList),
    ...attachments.flatMap((a) => hitsIn(a.text_content, { attachmentId: a.id, fileName: a.file_name }, allowList)),
  ];
}

export const textsOf = (pub: Selectable<PublicationTable>): PiiTexts => ({
  title: pub.title,
  summary: pub.summary,
  bodyText: pub.body_text,
});
