import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { calendarRepo } from '@gongkai/db';
import { computeDeadline, solveChallenge } from '@gongkai/domain';
import { fieldErrorsOf } from '../errors.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { clockEvents, recomputeOpenCases } from '../requests/clock.js';
import { createFixture, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

const person = {
  name: '张三',
  idType: 'resident_id' as const,
  idNumber: '11010519491231002X',
  phone: '13800138000',
  address: '棉洋镇人民路1号',
  email: 'zhangsan@example.com',
};

const fields = {
  applicantCategory: '自然人',
  person,
  description: '2026年棉洋镇农村危房改造补助资金发放名单',
  docNumberHint: '',
  purpose: '了解补助发放情况',
  deliveryForm: 'email' as const,
  deliveryChannel: 'email' as const,
};

/** The field errors a call is refused with (null when it succeeds or fails otherwise). */
async function fieldErrors(call: Promise<unknown>): Promise<Record<string, string> | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return fieldErrorsOf((error as { cause?: unknown }).cause);
  }
}

describe.each(testDialects())('requests for disclosure on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    // Tuesday 2026-09-29, 10:00 in Shanghai: two days before the 国庆 holidays.
    f = await createFixture(await dialect.open(), '2026-09-29T02:00:00.000Z');
  });
  afterAll(async () => {
    await f.destroy();
  });

  /** A solved proof-of-work for the public form. */
  async function bot() {
    const { pow } = await f.caller().requestDesk.challenge();
    return { mode: 'pow' as const, token: pow.token, solution: solveChallenge(pow.nonceSeed, pow.difficulty) };
  }

  async function apply(overrides: Record<string, unknown> = {}) {
    return f.caller(undefined, { 'x-client-ip': '203.0.113.9' }).requestDesk.submit({
      org: f.a.slug,
      ...fields,
      attachments: [],
      bot: await bot(),
      ...overrides,
    });
  }

  async function caseIdOf(trackingNo: string) {
    const { items } = await f.caller('a.requests').requests.list({ view: 'all', q: trackingNo });
    return items[0]!.id;
  }

  it('refuses a wrong ID check character field by field and stores nothing', async () => {
    expect(await fieldErrors(apply({ person: { ...person, idNumber: '110105194912310021' } }))).toEqual({
      'person.idNumber': '身份证号码校验位不正确，请核对',
    });
    const org = { ...orgApplicant, creditCode: '91350100M000100Y44' };
    expect(await fieldErrors(apply({ applicantCategory: '商业企业', person: undefined, organization: org }))).toEqual({
      'organization.creditCode': '统一社会信用代码校验位不正确，请核对',
    });
    expect((await f.caller('a.requests').requests.list({ view: 'all' })).total).toBe(0);
  });

  it('refuses a failed bot check and a replayed challenge', async () => {
    const wrong = { mode: 'pow', token: (await bot()).token, solution: 'x' };
    expect(await fieldErrors(apply({ bot: wrong }))).toEqual({ bot: '验证未通过，请刷新页面后重新提交' });
    const solved = await bot();
    await apply({ bot: solved });
    expect(await fieldErrors(apply({ bot: solved }))).toEqual({ bot: '验证已使用过，请刷新页面后重新提交' });
  });

  it('takes an application through 补正, consultation, extension and a 部分公开 reply', async () => {
    const { trackingNo, accessCode } = await apply();
    const desk = f.caller().requestDesk;
    const officer = f.caller('a.requests').requests;
    const id = await caseIdOf(trackingNo);

    let view = await desk.track({ trackingNo, accessCode });
    expect(view).toMatchObject({ state: 'pending_receipt', stateLabel: '待确认接收', deadline: null });
    await expect(desk.track({ trackingNo, accessCode: 'WRONG234' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Other roles and organizations see nothing.
    await expect(f.caller('a.editor').requests.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('b.requests').requests.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const detail = await officer.get({ id });
    expect(detail.applicant).toMatchObject({ name: '张*', idNumber: '11*************02X', phone: '138****8000' });
    expect(detail.proposedReceiptDate).toBe('2026-09-29');
    expect(detail.allowedActions).toEqual(['confirmReceipt', 'assign', 'note', 'appeal']);
    await officer.confirmReceipt({ id, receivedOn: '2026-09-29' });

    const cal = await loadCalendar(f.db.db);
    const expected = computeDeadline(cal, [{ type: 'received', date: '2026-09-29' }]);
    view = await desk.track({ trackingNo, accessCode });
    expect(view.deadline).toBe(expected.ok ? expected.deadline : 'missing');
    expect(view.deadlineLines.join('')).toContain('国庆');

    // 补正: once only; the applicant answers on the tracking page and the period starts again.
    await officer.requestSupplement({ id, date: '2026-09-29', items: '请写明所需信息的年份和村名', dueDays: 15 });
    await expect(officer.requestSupplement({ id, date: '2026-09-29', items: '再补一次' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    view = await desk.track({ trackingNo, accessCode });
    expect(view).toMatchObject({ state: 'awaiting_supplement', actions: { supplement: true } });
    expect(view.supplement?.items).toBe('请写明所需信息的年份和村名');
    await desk.supplement({ trackingNo, accessCode, text: '2026年，全镇各村', attachments: [] });
    expect((await desk.track({ trackingNo, accessCode })).state).toBe('running');

    await officer.startConsultation({ id, date: '2026-09-29', party: 'third_party', recipient: '某建筑公司' });
    expect((await officer.get({ id })).allowedActions).not.toContain('reply');
    await officer.endConsultation({ id, date: '2026-09-29', party: 'third_party' });

    await expect(
      officer.extend({ id, date: '2026-09-29', days: 20, reason: '需要汇总各村数据' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      f.caller('a.head').requests.extend({ id, date: '2026-09-29', days: 21, reason: '需要汇总各村数据' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await f.caller('a.head').requests.extend({ id, date: '2026-09-29', days: 20, reason: '需要汇总各村数据' });

    const { id: fileId } = await uploadText(f, 'a.requests', '补助名单.txt');
    await officer.reply({
      id,
      date: '2026-09-29',
      outcome: '2',
      legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
      note: '名单中的身份证号码已作区分处理',
      releasedFileIds: [fileId],
    });
    view = await desk.track({ trackingNo, accessCode });
    expect(view.outcome?.label).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(view.actions).toEqual({ supplement: false, respondFee: false, withdraw: false });
    const kinds = view.files.map((x) => x.kindLabel);
    expect(kinds).toEqual(expect.arrayContaining(['告知书', '答复书', '公开的政府信息']));

    const reply = view.files.find((x) => x.kindLabel === '答复书')!;
    const download = await desk.file({ trackingNo, accessCode, fileId: reply.id });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(download.base64, 'base64') })).value;
    expect(text).toContain('张三');
    expect(text).toContain('部分公开');
    await expect(desk.file({ trackingNo, accessCode: 'WRONG234', fileId: reply.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // The full applicant details only through the audited reveal.
    expect((await officer.revealApplicant({ id })).idNumber).toBe('11010519491231002X');
    const log = await f.caller('auditor').audit.list({});
    expect(log.items.some((e: { action: string }) => e.action === 'request.reveal')).toBe(true);
  });

  it('registers a letter, and closes a declined fee notice as （六）2', async () => {
    const officer = f.caller('a.requests').requests;
    const { id } = await officer.register({ channel: 'letter', receivedOn: '2026-09-28', ...fields });
    await expect(officer.notifyFee({ id, date: '2026-09-29', method: 'by_count' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await officer.notifyFee({ id, date: '2026-09-29', method: 'by_pages', pages: 50 });
    const detail = await officer.get({ id });
    expect(detail.fee).toMatchObject({ amount: 200, status: 'notified' });
    expect(detail.state).toBe('awaiting_fee');
    await officer.recordFee({ id, date: '2026-09-29', decision: 'declined' });
    const closed = await officer.get({ id });
    expect(closed).toMatchObject({ state: 'closed', outcome: { code: '6.2' } });

    const summary = await officer.yearSummary({ year: 2026 });
    expect(summary.outcomes['6.2']['自然人']).toBe(1);
    expect(summary.outcomes['2']['自然人']).toBe(1);
    expect(summary.received).toBe(summary.carriedForward + 2);
  });

  it('counts open, overdue and soon-due cases on the dashboard of those who handle them', async () => {
    const officer = f.caller('a.requests');
    const { id } = await officer.requests.register({ channel: 'fax', receivedOn: '2026-09-29', ...fields });
    const before = (await officer.dashboard.summary()).requests!;
    expect(before.open).toBeGreaterThan(0);
    f.setNow('2026-12-01T02:00:00.000Z');
    await f.renewSessions();
    const later = (await officer.dashboard.summary()).requests!;
    expect(later.overdue).toBeGreaterThan(0);
    expect((await officer.requests.list({ due: 'overdue' })).items.map((c) => c.id)).toContain(id);
    expect((await f.caller('a.editor').dashboard.summary()).requests).toBeNull();
    f.setNow('2026-09-29T02:00:00.000Z');
    await f.renewSessions();
  });

  it('moves open deadlines when the calendar changes', async () => {
    const officer = f.caller('a.requests').requests;
    const { id } = await officer.register({ channel: 'in_person', receivedOn: '2026-09-29', ...fields });
    const before = (await officer.get({ id })).deadline!;
    await calendarRepo.insertChange(f.db.db, {
      date: '2026-10-09',
      kind: 'closed',
      note: '镇政府办公场所搬迁',
      createdBy: null,
      createdAt: new Date().toISOString(),
    });
    const cal = await loadCalendar(f.db.db);
    expect(await recomputeOpenCases(f.db.db, cal, new Date().toISOString())).toBeGreaterThan(0);
    const after = (await officer.get({ id })).deadline!;
    expect(after > before).toBe(true);
    expect(clockEvents([{ type: 'received', date: '2026-09-29', detail: '{}' }])).toEqual([
      { type: 'received', date: '2026-09-29' },
    ]);
  });
});

const orgApplicant = {
  name: '某某科技有限公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '李四',
  contactName: '王五',
  contactPhone: '0753-4411234',
  address: '棉洋镇工业园',
  email: '',
};

async function uploadText(f: Fixture, user: 'a.requests', name: string) {
  const { storeUpload } = await import('../files.js');
  const result = await storeUpload(f.deps, {
    sessionToken: f.users[user].token,
    fileName: name,
    bytes: new TextEncoder().encode('名单（已区分处理）'),
  });
  if (!result.ok) throw new Error(result.error);
  return result;
}
