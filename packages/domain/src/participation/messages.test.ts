import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { OFFICIAL_DAYS } from '../calendar/official-days.js';
import { addDays } from '../dates.js';
import type { Actor } from '../publication-workflow.js';
import {
  decideMessage,
  defaultPublic,
  isOverdue,
  maskForPublication,
  maskName,
  MESSAGE_TYPES,
  messageDueDate,
  needsThreeMonthWarning,
  threeMonthsAfter,
  type MessageState,
} from './messages.js';

const cal = createCalendar(OFFICIAL_DAYS);
const officer: Actor = { id: 7, roles: ['interaction_officer'] };
const base: MessageState = { status: 'received', organizationId: 1, assigneeId: null, rating: null };

describe('message types', () => {
  it('keeps complaints and reports private by default', () => {
    expect(MESSAGE_TYPES.filter((t) => !defaultPublic(t))).toEqual(['投诉', '举报']);
  });
});

describe('decideMessage', () => {
  it('runs received → assigned → replied → closed', () => {
    expect(decideMessage('assign', { ...base, assigneeIdInput: 9 }, officer)).toEqual({ ok: true, next: 'assigned' });
    expect(decideMessage('assign', base, officer)).toMatchObject({ ok: false, code: 'assignee_required' });
    const assigned = { ...base, status: 'assigned' as const, assigneeId: 9 };
    expect(decideMessage('reply', assigned, officer)).toEqual({
      ok: false,
      code: 'text_required',
      message: '请填写答复内容',
    });
    expect(decideMessage('reply', { ...assigned, text: '您好，……' }, officer)).toEqual({ ok: true, next: 'replied' });
    expect(decideMessage('close', { ...assigned, status: 'replied' }, officer)).toEqual({ ok: true, next: 'closed' });
    expect(decideMessage('reply', base, 'visitor')).toEqual({
      ok: false,
      code: 'missing_role',
      message: '只有互动回复员可以答复',
    });
  });

  it('transfers to another organization, with a note, keeping it open', () => {
    expect(decideMessage('transfer', { ...base, toOrganizationId: 2, reason: '属供水公司职责' }, officer)).toEqual({
      ok: true,
      next: 'received',
    });
    expect(decideMessage('transfer', { ...base, toOrganizationId: 1, reason: 'x' }, officer)).toMatchObject({
      code: 'organization_required',
    });
    expect(decideMessage('transfer', { ...base, toOrganizationId: 2 }, officer)).toMatchObject({
      code: 'reason_required',
    });
    expect(
      decideMessage('transfer', { ...base, status: 'closed', toOrganizationId: 2, reason: 'x' }, officer),
    ).toMatchObject({
      code: 'wrong_status',
    });
  });

  it('lets the visitor follow up while open, reopening a replied message', () => {
    const replied = { ...base, status: 'replied' as const, assigneeId: 9, text: '还有一个问题' };
    expect(decideMessage('followUp', replied, 'visitor')).toEqual({ ok: true, next: 'assigned' });
    expect(decideMessage('followUp', { ...replied, assigneeId: null }, 'visitor')).toEqual({
      ok: true,
      next: 'received',
    });
    expect(decideMessage('followUp', { ...replied, status: 'closed' }, 'visitor')).toEqual({
      ok: false,
      code: 'wrong_status',
      message: '该留言已办结，不能继续追加',
    });
    expect(decideMessage('followUp', replied, officer)).toMatchObject({ code: 'missing_role' });
  });

  it('takes one rating, after a reply', () => {
    expect(decideMessage('rate', base, 'visitor')).toMatchObject({ code: 'wrong_status' });
    expect(decideMessage('rate', { ...base, status: 'replied' }, 'visitor')).toEqual({ ok: true, next: 'replied' });
    expect(decideMessage('rate', { ...base, status: 'closed', rating: '满意' }, 'visitor')).toEqual({
      ok: false,
      code: 'already_rated',
      message: '您已评价过本次答复',
    });
  });

  it('publishes only an answered exchange', () => {
    expect(decideMessage('publish', base, officer)).toMatchObject({ code: 'wrong_status' });
    expect(decideMessage('publish', { ...base, status: 'closed' }, officer)).toEqual({ ok: true, next: 'closed' });
  });
});

describe('due dates and warnings', () => {
  it('gives 5 working days by default, on the calendar', () => {
    // Mon 2026-01-05 + 5 working days: Mon 2026-01-12.
    expect(messageDueDate(cal, '2026-01-05')).toEqual({ ok: true, date: '2026-01-12' });
    expect(messageDueDate(cal, '2026-01-05', 10)).toEqual({ ok: true, date: '2026-01-19' });
    expect(messageDueDate(cal, '2026-12-28')).toMatchObject({ ok: false, code: 'calendar_gap' });
  });

  it('flags overdue unanswered messages after the due day', () => {
    const m = { status: 'assigned' as const, dueDate: '2026-01-12' };
    expect(isOverdue(m, '2026-01-12T15:59:59Z')).toBe(false);
    expect(isOverdue(m, '2026-01-12T16:00:00Z')).toBe(true);
    expect(isOverdue({ ...m, status: 'replied' }, '2026-03-01T00:00:00Z')).toBe(false);
  });

  it('warns after three calendar months', () => {
    expect(threeMonthsAfter('2026-01-15')).toBe('2026-04-15');
    expect(threeMonthsAfter('2026-11-30')).toBe('2027-02-28');
    expect(threeMonthsAfter('2027-11-30')).toBe('2028-02-29');
    expect(needsThreeMonthWarning('2026-01-15', '2026-04-14T15:00:00Z')).toBe(false);
    expect(needsThreeMonthWarning('2026-01-15', '2026-04-14T16:00:00Z')).toBe(true);
  });

  it('three months is between 89 and 92 days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), (n) => {
        const d = addDays('2020-01-01', n);
        const later = threeMonthsAfter(d);
        const days = (Date.parse(later) - Date.parse(d)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(89);
        expect(days).toBeLessThanOrEqual(92);
      }),
    );
  });
});

describe('masking for publication', () => {
  it('masks names and personal data', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('王')).toBe('王*');
    expect(maskName('  ')).toBe('网友');
    expect(maskForPublication('我的电话13812341234，请回电')).toBe('我的电话138****1234，请回电');
    expect(maskForPublication('请拨打12345热线')).toBe('请拨打12345热线');
  });
});
