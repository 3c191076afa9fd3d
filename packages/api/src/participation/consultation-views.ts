/** What visitors and staff see of a consultation: cards for lists, the public page, the console page, a comment's tracking. */
import type { Kysely } from 'kysely';
import { consultationsRepo, filesRepo, organizationsRepo, publicationsRepo, type Database } from '@gongkai/db';
import {
  canComment,
  COMMENT_STATUS_LABELS,
  decideComment,
  feedbackSummary,
  maskForPublication,
  maskName,
  PHASE_LABELS,
  tallyAdoptions,
  timeLeft,
  type Adoption,
  type CommentStatus,
} from '@gongkai/domain';
import type { ApiDeps } from '../context.js';
import { unseal } from '../requests/seal.js';
import type { StaffUser } from '../sessions.js';
import { phaseOf, type CommentRow, type ConsultationRow } from './consultation-access.js';
import { wordsOf } from './word-list.js';
import type { Section } from './sections.js';

type Counts = Record<CommentStatus, number> & { flagged: number };
const NO_COUNTS: Counts = { pending: 0, published: 0, rejected: 0, hidden: 0, flagged: 0 };

/** Comment counts of each consultation by status, and how many carry listed words. */
export async function countsOf(q: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Counts>> {
  const out = new Map<number, Counts>();
  for (const r of await consultationsRepo.commentCounts(q, ids)) {
    const c = out.get(r.consultation_id) ?? { ...NO_COUNTS };
    c[r.status as CommentStatus] = r.n;
    c.flagged += Number(r.flagged ?? 0);
    out.set(r.consultation_id, c);
  }
  return out;
}

export function consultationCard(
  row: ConsultationRow,
  org: { slug: string; name: string },
  now: Date,
  publishedComments: number,
) {
  const dates = { openDate: row.open_date, closeDate: row.close_date };
  const phase = phaseOf(row, now);
  return {
    id: row.id,
    organization: { slug: org.slug, name: org.name },
    title: row.title,
    openDate: row.open_date,
    closeDate: row.close_date,
    major: row.major === 1,
    phase,
    phaseLabel: PHASE_LABELS[phase],
    timeLeft: timeLeft(dates, now),
    commentCount: publishedComments,
    feedbackPublished: row.feedback_published_at !== null,
  };
}

export async function cardsOf(
  q: Kysely<Database>,
  rows: readonly (ConsultationRow & { org_slug: string; org_name: string })[],
  now: Date,
) {
  const counts = await countsOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const c = counts.get(r.id) ?? NO_COUNTS;
    return { card: consultationCard(r, { slug: r.org_slug, name: r.org_name }, now, c.published), counts: c };
  });
}

const sectionsOf = (row: ConsultationRow) => JSON.parse(row.sections) as Section[];

/** The draft, its sections and feedback groups, shared by the public and the console page. */
async function loadParts(q: Kysely<Database>, row: ConsultationRow) {
  const [org, comments, feedback, adopted] = await Promise.all([
    organizationsRepo.findById(q, row.organization_id),
    consultationsRepo.listComments(q, row.id),
    consultationsRepo.listFeedback(q, row.id),
    row.adopted_publication_id ? publicationsRepo.findById(q, row.adopted_publication_id) : undefined,
  ]);
  const sections = sectionsOf(row);
  const sectionTitle = (no: number | null) => sections.find((s) => s.no === no)?.title ?? null;
  const feedbackOf = new Map(feedback.map((f) => [f.id, f]));
  const published = comments.filter((c) => c.status === 'published');
  const adoptions = published.flatMap((c) =>
    c.feedback_id ? [feedbackOf.get(c.feedback_id)!.adoption as Adoption] : [],
  );
  const groups = feedback.map((f) => ({
    id: f.id,
    adoption: f.adoption as Adoption,
    reason: f.reason,
    commentIds: published.filter((c) => c.feedback_id === f.id).map((c) => c.id),
  }));
  return {
    org: { slug: org?.slug ?? '', name: org?.name ?? '' },
    comments,
    published,
    sections,
    sectionTitle,
    feedbackOf,
    groups,
    counts: tallyAdoptions(adoptions),
    adopted: adopted && adopted.status === 'published' ? { id: adopted.id, title: adopted.title } : null,
  };
}

/** The public page: published comments only, names and personal data masked, contacts never. */
export async function publicConsultation(q: Kysely<Database>, deps: ApiDeps, row: ConsultationRow) {
  const now = deps.clock();
  const p = await loadParts(q, row);
  const feedbackOut = row.feedback_published_at !== null;
  const can = canComment({ openDate: row.open_date, closeDate: row.close_date }, now);
  return {
    ...consultationCard(row, p.org, now, p.published.length),
    explanation: row.explanation,
    howToComment: row.how_to_comment,
    contact: row.contact,
    bodyHtml: row.body_html,
    sections: p.sections,
    canComment: can.ok,
    commentRefusal: can.ok ? null : can.message,
    comments: p.published.map((c) => ({
      id: c.id,
      name: maskName(c.name),
      sectionNo: c.section_no,
      sectionTitle: p.sectionTitle(c.section_no),
      content: maskForPublication(c.content, { allowList: deps.piiAllowList }),
      createdAt: c.created_at,
      adoption: feedbackOut && c.feedback_id ? (p.feedbackOf.get(c.feedback_id)!.adoption as Adoption) : null,
    })),
    feedback: feedbackOut
      ? {
          summary: row.feedback_summary ?? '',
          publishedAt: row.feedback_published_at!,
          counts: p.counts,
          items: p.groups
            .filter((g) => g.commentIds.length > 0)
            .map(({ adoption, reason, commentIds }) => ({ adoption, reason, commentIds })),
        }
      : null,
    adoptedPublication: p.adopted,
  };
}

export type ConsultationAction = 'edit' | 'feedback' | 'publishFeedback' | 'linkAdopted';

function consultationActions(row: ConsultationRow, now: Date): ConsultationAction[] {
  const phase = phaseOf(row, now);
  if (phase !== 'closed') return ['edit'];
  return row.feedback_published_at === null ? ['feedback', 'publishFeedback', 'linkAdopted'] : ['linkAdopted'];
}

function commentActions(c: CommentRow, user: StaffUser): ('publish' | 'reject')[] {
  return (['publish', 'reject'] as const).filter(
    (a) => decideComment(a, { status: c.status as CommentStatus, reports: c.reports, reason: '-' }, user).ok,
  );
}

/** The console page: every comment with its contact, moderation and feedback. */
export async function staffConsultationView(q: Kysely<Database>, deps: ApiDeps, user: StaffUser, row: ConsultationRow) {
  const now = deps.clock();
  const p = await loadParts(q, row);
  const file = row.file_id ? await filesRepo.findById(q, row.file_id) : undefined;
  const counts = { ...NO_COUNTS };
  for (const c of p.comments) {
    counts[c.status as CommentStatus]++;
    if (wordsOf(c.flagged_words).length > 0) counts.flagged++;
  }
  return {
    ...consultationCard(row, p.org, now, p.published.length),
    explanation: row.explanation,
    howToComment: row.how_to_comment,
    contact: row.contact,
    bodyHtml: row.body_html,
    sections: p.sections,
    source: {
      kind: row.publication_id ? ('publication' as const) : ('file' as const),
      publicationId: row.publication_id,
      fileId: row.file_id,
      fileName: file?.file_name ?? null,
    },
    counts,
    suggestedSummary: feedbackSummary(p.published.length, p.counts),
    comments: p.comments.map((c) => ({
      id: c.id,
      trackingNo: c.tracking_no,
      name: c.name,
      contact: unseal<string>(deps.dataKey, c.contact_sealed),
      sectionNo: c.section_no,
      sectionTitle: p.sectionTitle(c.section_no),
      content: c.content,
      status: c.status as CommentStatus,
      statusLabel: COMMENT_STATUS_LABELS[c.status as CommentStatus],
      reports: c.reports,
      flaggedWords: wordsOf(c.flagged_words),
      rejectReason: c.reject_reason || null,
      createdAt: c.created_at,
      feedbackId: c.feedback_id,
      allowedActions: commentActions(c, user),
    })),
    feedback: p.groups,
    feedbackPublished: row.feedback_published_at !== null,
    feedbackSummary: row.feedback_summary,
    adoptedPublication: p.adopted,
    allowedActions: consultationActions(row, now),
  };
}

/** The commenter's view by tracking code: the outcome only once the feedback is published. */
export async function commentTrackView(q: Kysely<Database>, now: Date, comment: CommentRow, row: ConsultationRow) {
  const phase = phaseOf(row, now);
  const out = row.feedback_published_at !== null;
  const feedback =
    out && comment.feedback_id ? await consultationsRepo.findFeedback(q, comment.feedback_id) : undefined;
  const section = (JSON.parse(row.sections) as Section[]).find((s) => s.no === comment.section_no);
  return {
    trackingNo: comment.tracking_no,
    consultation: { id: row.id, title: row.title, phase, phaseLabel: PHASE_LABELS[phase], closeDate: row.close_date },
    submittedAt: comment.created_at,
    sectionTitle: section?.title ?? null,
    content: comment.content,
    status: comment.status as CommentStatus,
    statusLabel: COMMENT_STATUS_LABELS[comment.status as CommentStatus],
    rejectReason: comment.status === 'rejected' ? comment.reject_reason : null,
    adoption: (feedback?.adoption as Adoption | undefined) ?? null,
    adoptionReason: feedback ? feedback.reason : null,
    feedbackSummary: out ? row.feedback_summary : null,
  };
}
