/**
 * What the consultation pages show beyond the API's own view: texts as paragraphs, comments
 * numbered so that the feedback can point at them, the section choices of the comment form and
 * the short state of a card in the list.
 */
import { shanghaiDate } from '@gongkai/domain';
import type { api } from './api.js';
import { WHOLE_DRAFT } from './consultation-desk.js';

type Desk = ReturnType<typeof api>['consultationDesk'];
export type ConsultationCard = Awaited<ReturnType<Desk['list']['query']>>['items'][number];
export type ConsultationView = Awaited<ReturnType<Desk['get']['query']>>;

/** Plain text as paragraphs: split at blank lines (single line breaks stay inside a paragraph). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The state a card shows beside its phase: the time left while the consultation is open or
 * upcoming, and once it is closed whether the outcome of the comments is out.
 */
export function cardState(card: Pick<ConsultationCard, 'phase' | 'timeLeft' | 'feedbackPublished'>): string {
  if (card.phase !== 'closed') return card.timeLeft;
  return card.feedbackPublished ? '已公布意见采纳情况' : '意见采纳情况待公布';
}

/** The section select of the comment form: the whole draft first, then every section. */
export function sectionOptions(sections: readonly { no: number; title: string }[]) {
  return [{ value: WHOLE_DRAFT, label: '整体意见' }, ...sections.map((s) => ({ value: String(s.no), label: s.title }))];
}

/**
 * The detail page's data. Comments are numbered in the order shown (意见1, 意见2 …); a feedback
 * item lists the numbers of its comments, leaving out any no longer shown (hidden after reports).
 */
export function consultationPage(view: ConsultationView) {
  const comments = view.comments.map((c, i) => ({ ...c, no: i + 1, createdOn: shanghaiDate(c.createdAt) }));
  const numberOf = new Map(comments.map((c) => [c.id, c.no]));
  return {
    ...view,
    explanationParagraphs: paragraphs(view.explanation),
    howToCommentParagraphs: paragraphs(view.howToComment),
    comments,
    sectionOptions: sectionOptions(view.sections),
    feedback: view.feedback && {
      ...view.feedback,
      items: view.feedback.items.map((item) => ({
        ...item,
        comments: item.commentIds.flatMap((id) => {
          const no = numberOf.get(id);
          return no === undefined ? [] : [{ id, no }];
        }),
      })),
    },
  };
}
