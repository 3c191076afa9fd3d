import { describe, expect, it } from 'vitest';
import { cardState, consultationPage, paragraphs, sectionOptions, type ConsultationView } from './consultation-view.js';

describe('paragraphs', () => {
  it('splits at blank lines, also lines of spaces, and drops empty paragraphs', () => {
    expect(paragraphs('第一段\n仍是第一段\n\n第二段\n \u3000\n\n\n第三段\n')).toEqual([
      '第一段\n仍是第一段',
      '第二段',
      '第三段',
    ]);
    expect(paragraphs('  \n\n ')).toEqual([]);
  });
});

describe('cardState', () => {
  it('shows the time left while open or upcoming', () => {
    expect(cardState({ phase: 'open', timeLeft: '剩余3天', feedbackPublished: false })).toBe('剩余3天');
    expect(cardState({ phase: 'open', timeLeft: '今天截止', feedbackPublished: false })).toBe('今天截止');
    expect(cardState({ phase: 'upcoming', timeLeft: '2天后开始', feedbackPublished: false })).toBe('2天后开始');
  });

  it('shows whether the outcome is out once closed', () => {
    expect(cardState({ phase: 'closed', timeLeft: '已结束', feedbackPublished: true })).toBe('已公布意见采纳情况');
    expect(cardState({ phase: 'closed', timeLeft: '已结束', feedbackPublished: false })).toBe('意见采纳情况待公布');
  });
});

describe('sectionOptions', () => {
  it('offers the whole draft first, then each section by number', () => {
    expect(
      sectionOptions([
        { no: 0, title: '前言' },
        { no: 1, title: '第一条 总则' },
      ]),
    ).toEqual([
      { value: '', label: '整体意见' },
      { value: '0', label: '前言' },
      { value: '1', label: '第一条 总则' },
    ]);
    expect(sectionOptions([])).toEqual([{ value: '', label: '整体意见' }]);
  });
});

describe('consultationPage', () => {
  const comment = (id: number, createdAt: string) => ({
    id,
    name: '张*',
    sectionNo: null,
    sectionTitle: null,
    content: `意见${id}`,
    createdAt,
    adoption: '采纳' as const,
  });
  const view = {
    id: 4,
    organization: { slug: 'mianyang', name: '棉洋镇人民政府' },
    title: '关于征求《棉洋镇村规民约（修订草案）》意见的公告',
    openDate: '2026-11-01',
    closeDate: '2026-11-20',
    major: false,
    phase: 'closed',
    phaseLabel: '已结束',
    timeLeft: '已结束',
    commentCount: 3,
    feedbackPublished: true,
    explanation: '一、起草背景\n\n二、主要内容',
    howToComment: '在本页提交意见。',
    contact: '镇党政办 0753-1234567',
    bodyHtml: '<p>第一条 总则</p>',
    sections: [{ no: 1, title: '第一条 总则', html: '<p>第一条 总则</p>' }],
    canComment: false,
    commentRefusal: '本次征求意见已结束，不再接收意见',
    comments: [comment(11, '2026-11-02T01:00:00.000Z'), comment(12, '2026-11-02T17:00:00.000Z')],
    feedback: {
      summary: '共收到意见3条。',
      publishedAt: '2026-11-25T02:00:00.000Z',
      counts: { 采纳: 1, 部分采纳: 0, 未采纳: 1 },
      items: [
        { adoption: '采纳', reason: '', commentIds: [12, 11] },
        { adoption: '未采纳', reason: '与上位法不符', commentIds: [13] },
      ],
    },
    adoptedPublication: { id: 90, title: '棉洋镇村规民约' },
  } as unknown as ConsultationView;

  it('numbers the comments in order with their Shanghai date', () => {
    const page = consultationPage(view);
    expect(page.comments.map((c) => [c.id, c.no, c.createdOn])).toEqual([
      [11, 1, '2026-11-02'],
      [12, 2, '2026-11-03'],
    ]);
  });

  it('points each feedback item at the numbers of its comments still shown', () => {
    const items = consultationPage(view).feedback?.items ?? [];
    expect(items.map((i) => i.comments)).toEqual([
      [
        { id: 12, no: 2 },
        { id: 11, no: 1 },
      ],
      [],
    ]);
    expect(items[1]?.reason).toBe('与上位法不符');
  });

  it('gives the texts as paragraphs and the section choices', () => {
    const page = consultationPage(view);
    expect(page.explanationParagraphs).toEqual(['一、起草背景', '二、主要内容']);
    expect(page.howToCommentParagraphs).toEqual(['在本页提交意见。']);
    expect(page.sectionOptions).toHaveLength(2);
  });

  it('keeps no feedback as none', () => {
    expect(consultationPage({ ...view, feedback: null }).feedback).toBeNull();
  });
});
