import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../publication-workflow.js';
import {
  checkFeedback,
  decideComment,
  feedbackSummary,
  tallyAdoptions,
  type CommentState,
} from './comment-moderation.js';

const officer: Actor = { id: 7, roles: ['interaction_officer'] };
const editor: Actor = { id: 8, roles: ['editor'] };

describe('decideComment', () => {
  it('publishes or rejects a pending comment; a rejection needs a reason', () => {
    const pending: CommentState = { status: 'pending', reports: 0 };
    expect(decideComment('publish', pending, officer)).toEqual({ ok: true, next: 'published', reports: 0 });
    expect(decideComment('reject', pending, officer)).toEqual({
      ok: false,
      code: 'reason_required',
      message: '不予公开时须填写理由',
    });
    expect(decideComment('reject', { ...pending, reason: '与征求内容无关' }, officer)).toMatchObject({
      ok: true,
      next: 'rejected',
    });
    expect(decideComment('publish', pending, editor)).toEqual({
      ok: false,
      code: 'missing_role',
      message: '只有互动回复员可以公开',
    });
    expect(decideComment('publish', pending, 'visitor')).toMatchObject({ ok: false, code: 'missing_role' });
  });

  it('hides a comment once enough visitors report it, until review', () => {
    let c: CommentState = { status: 'published', reports: 0 };
    for (const expected of ['published', 'published', 'hidden'] as const) {
      const d = decideComment('report', c, 'visitor');
      if (!d.ok) throw new Error(d.message);
      expect(d.next).toBe(expected);
      c = { status: d.next, reports: d.reports };
    }
    expect(decideComment('report', c, 'visitor')).toMatchObject({ ok: false, code: 'wrong_status' });
    expect(decideComment('publish', c, officer)).toEqual({ ok: true, next: 'published', reports: 0 });
    expect(decideComment('reject', { ...c, reason: '含人身攻击' }, officer)).toMatchObject({
      ok: true,
      next: 'rejected',
    });
    expect(
      decideComment('report', { status: 'published', reports: 0 }, 'visitor', { reportThreshold: 1 }),
    ).toMatchObject({
      next: 'hidden',
    });
  });

  it('counts a visitor once', () => {
    expect(
      decideComment('report', { status: 'published', reports: 1, alreadyReported: true }, 'visitor'),
    ).toMatchObject({
      ok: false,
      code: 'already_reported',
    });
  });

  it('refuses actions in the wrong status', () => {
    expect(decideComment('publish', { status: 'rejected', reports: 0 }, officer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: '当前状态为“未通过”，不能公开',
    });
    expect(decideComment('report', { status: 'pending', reports: 0 }, 'visitor')).toMatchObject({
      code: 'wrong_status',
    });
  });

  it('a comment is public only after staff published it (property)', () => {
    const step = fc.record({
      action: fc.constantFrom('publish', 'reject', 'report') as fc.Arbitrary<'publish' | 'reject' | 'report'>,
      staff: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (steps, reportThreshold) => {
        let c: CommentState = { status: 'pending', reports: 0, reason: '理由' };
        let reviewedPublish = false;
        for (const s of steps) {
          const d = decideComment(s.action, c, s.staff ? officer : 'visitor', { reportThreshold });
          if (!d.ok) continue;
          if (d.next === 'published' && s.action === 'publish') reviewedPublish = true;
          c = { ...c, status: d.next, reports: d.reports };
          if (c.status === 'published') expect(reviewedPublish).toBe(true);
          if (c.status === 'published') expect(c.reports).toBeLessThan(reportThreshold);
        }
      }),
    );
  });
});

describe('feedback', () => {
  it('needs a closed consultation, and a reason unless adopted', () => {
    expect(checkFeedback('open', { adoption: '采纳' })).toMatchObject({ ok: false, code: 'not_closed' });
    expect(checkFeedback('closed', { adoption: '采纳' })).toEqual({ ok: true });
    expect(checkFeedback('closed', { adoption: '未采纳', reason: ' ' })).toEqual({
      ok: false,
      code: 'reason_required',
      message: '未采纳的意见须说明理由',
    });
    expect(checkFeedback('closed', { adoption: '部分采纳', reason: '已在第三条中体现' })).toEqual({ ok: true });
  });

  it('summarizes the counts', () => {
    const counts = tallyAdoptions(['采纳', '采纳', '未采纳', '部分采纳', '采纳']);
    expect(counts).toEqual({ 采纳: 3, 部分采纳: 1, 未采纳: 1 });
    expect(feedbackSummary(6, counts)).toBe('共收到意见建议6条，其中采纳3条，部分采纳1条，未采纳1条。');
    expect(feedbackSummary(2, { 采纳: 0, 部分采纳: 0, 未采纳: 2 })).toBe('共收到意见建议2条，其中未采纳2条。');
    expect(feedbackSummary(0, tallyAdoptions([]))).toBe('征求意见期间未收到意见建议。');
  });
});
