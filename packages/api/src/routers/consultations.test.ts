import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors, solvedBot, visitor } from '../participation/testing.js';
import { sampleDocx } from '../testing/docx.js';
import { createFixture, draftInput, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

const BODY =
  '<p>为加强村容村貌管理，制定本办法。</p><p>第一条 本办法适用于全镇各村。</p><p>第二条 村民应当保持房前屋后整洁。</p>';

/** Monday 2026-03-02, 10:00 in Shanghai. */
const START = '2026-03-02T02:00:00.000Z';

describe.each(testDialects())('consultations on $name', (dialect) => {
  let f: Fixture;
  let draftId: number;
  beforeAll(async () => {
    f = await createFixture(await dialect.open(), START);
    draftId = (await f.caller('a.editor').publications.create(draftInput({ bodyHtml: BODY }))).id;
  });
  afterEach(async () => {
    f.setNow(START);
    await f.renewSessions();
  });
  afterAll(async () => {
    await f.destroy();
  });

  const opening = (overrides: Record<string, unknown> = {}) => ({
    source: { publicationId: draftId },
    title: '棉洋镇村容村貌管理办法（征求意见稿）',
    explanation: '为加强村容村貌管理，镇政府起草了本办法。',
    howToComment: '在本页提交意见，或致电0668-1234567。',
    contact: '镇政府办公室 0668-1234567',
    openDate: '2026-03-02',
    major: false,
    ...overrides,
  });

  async function comment(id: number, overrides: Record<string, unknown> = {}, ip = '203.0.113.9') {
    return visitor(f, ip).consultationDesk.comment({
      consultationId: id,
      sectionNo: 1,
      name: '张三',
      contact: '13800138000',
      content: '建议明确垃圾清运的频次，我的手机13912345678。',
      bot: await solvedBot(f),
      ...overrides,
    });
  }

  it('opens a consultation on a draft for at least 7 working days, only for the 互动回复员 of the organization', async () => {
    const officer = f.caller('a.interaction').consultations;
    expect(await officer.defaults({ openDate: '2026-03-02', major: false })).toEqual({
      closeDate: '2026-03-11',
      message: null,
    });
    expect(await officer.defaults({ openDate: '2026-03-02', major: true })).toMatchObject({ closeDate: '2026-04-01' });
    expect(await fieldErrors(officer.create(opening({ closeDate: '2026-03-05' })))).toEqual({
      closeDate: '征求意见期限不得少于7个工作日，截止日期最早为2026-03-11',
    });
    await expect(f.caller('a.editor').consultations.create(opening())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('b.interaction').consultations.create(opening())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const { id } = await officer.create(opening());
    const view = await officer.get({ id });
    expect(view).toMatchObject({
      closeDate: '2026-03-11',
      phase: 'open',
      timeLeft: '剩余9天',
      allowedActions: ['edit'],
    });
    expect(view.sections.map((s) => [s.no, s.title])).toEqual([
      [0, '前言'],
      [1, '第一条 本办法适用于全镇各村。'],
      [2, '第二条 村民应当保持房前屋后整洁。'],
    ]);
    await expect(f.caller('b.interaction').consultations.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await f.caller().consultationDesk.list({ org: f.a.slug, phase: 'open' })).items.map((c) => c.id)).toContain(
      id,
    );
  });

  it('opens a consultation on an uploaded Word document', async () => {
    const { storeUpload } = await import('../files.js');
    const upload = await storeUpload(f.deps, {
      sessionToken: f.users['a.interaction'].token,
      fileName: '征求意见稿.docx',
      bytes: await sampleDocx(),
    });
    if (!upload.ok) throw new Error(upload.error);
    const officer = f.caller('a.interaction').consultations;
    const { id } = await officer.create(opening({ source: { fileId: upload.id }, major: true }));
    const view = await officer.get({ id });
    expect(view.closeDate).toBe('2026-04-01');
    expect(view.source).toMatchObject({ kind: 'file', fileName: '征求意见稿.docx' });
    // The public copy of the draft has personal data masked.
    expect(view.bodyHtml).toContain('138****8000');
    const other = await storeUpload(f.deps, {
      sessionToken: f.users['b.interaction'].token,
      fileName: 'b.docx',
      bytes: await sampleDocx(),
    });
    if (!other.ok) throw new Error(other.error);
    await expect(officer.create(opening({ source: { fileId: other.id } }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('takes pre-moderated comments, reports and published feedback through to the commenter', async () => {
    const officer = f.caller('a.interaction').consultations;
    const { id } = await officer.create(opening({ title: '棉洋镇垃圾分类办法（征求意见稿）' }));
    const desk = f.caller().consultationDesk;

    // Field by field, nothing stored.
    expect(await fieldErrors(comment(id, { contact: '', content: '好'.repeat(3001) }))).toEqual({
      contact: '请填写联系方式',
      content: '意见内容不能超过3000个字（现有3001个字）',
    });
    expect(await fieldErrors(comment(id, { sectionNo: 7 }))).toEqual({ sectionNo: '请选择有效的条款' });
    const wrongBot = { mode: 'pow' as const, token: (await solvedBot(f)).token, solution: 'x' };
    expect(await fieldErrors(comment(id, { bot: wrongBot }))).toEqual({ bot: '验证未通过，请刷新页面后重新提交' });
    expect((await officer.get({ id })).comments).toEqual([]);

    const first = await comment(id);
    expect(first.trackingNo).toMatch(/^YJ-20260302-[2-9A-Z]{4}-[2-9A-Z]$/);
    expect(await fieldErrors(comment(id, { content: '建议明确垃圾清运的频次！我的手机13912345678' }))).toEqual({
      content: '您已提交过相同或相近的内容，请勿重复提交',
    });
    const second = await comment(id, { name: '', sectionNo: null, content: '有人在群里代开发票，请核实。' });
    const third = await comment(id, { name: '李四', content: '第二条应写明由谁负责检查。', sectionNo: 2 });

    // Nothing is public before moderation.
    expect((await desk.get({ id })).comments).toEqual([]);
    expect(await desk.track({ trackingNo: first.trackingNo })).toMatchObject({
      status: 'pending',
      statusLabel: '待审核',
    });
    const staff = await officer.get({ id });
    expect(staff.comments.map((c) => [c.trackingNo, c.contact, c.flaggedWords])).toEqual([
      [first.trackingNo, '13800138000', []],
      [second.trackingNo, '13800138000', ['代开发票']],
      [third.trackingNo, '13800138000', []],
    ]);
    const [c1, c2, c3] = staff.comments.map((c) => c.id) as [number, number, number];

    await expect(f.caller('a.editor').consultations.publishComment({ id: c1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(f.caller('b.interaction').consultations.publishComment({ id: c1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await officer.publishComment({ id: c1 });
    await officer.publishComment({ id: c3 });
    expect(await fieldErrors(officer.rejectComment({ id: c2 }))).toEqual({ reason: '不予公开时须填写理由' });
    await officer.rejectComment({ id: c2, reason: '与本办法无关' });
    await expect(officer.publishComment({ id: c2 })).rejects.toMatchObject({ code: 'CONFLICT' });

    let page = await desk.get({ id });
    expect(page.comments.map((c) => [c.name, c.sectionTitle, c.content])).toEqual([
      ['张*', '第一条 本办法适用于全镇各村。', '建议明确垃圾清运的频次，我的手机139****5678。'],
      ['李*', '第二条 村民应当保持房前屋后整洁。', '第二条应写明由谁负责检查。'],
    ]);
    expect(JSON.stringify(page)).not.toContain('13800138000');

    // Three visitors report the second one: hidden until reviewed; each address counts once.
    const bot = () => solvedBot(f);
    await visitor(f, '198.51.100.1').consultationDesk.report({ commentId: c3, bot: await bot() });
    expect(
      await fieldErrors(visitor(f, '198.51.100.1').consultationDesk.report({ commentId: c3, bot: await bot() })),
    ).toEqual({ commentId: '您已举报过这条意见，我们会尽快核实' });
    await visitor(f, '198.51.100.2').consultationDesk.report({ commentId: c3, bot: await bot() });
    await visitor(f, '198.51.100.3').consultationDesk.report({ commentId: c3, bot: await bot() });
    page = await desk.get({ id });
    expect(page.comments.map((c) => c.id)).toEqual([c1]);
    expect((await officer.get({ id })).comments.find((c) => c.id === c3)).toMatchObject({
      status: 'hidden',
      reports: 3,
      allowedActions: ['publish', 'reject'],
    });

    // Feedback only after closing; late comments are refused.
    await expect(
      officer.setFeedback({ consultationId: id, commentIds: [c1], adoption: '采纳', reason: '' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '征求意见结束后才能反馈意见采纳情况' });
    f.setNow('2026-03-12T01:00:00.000Z');
    await f.renewSessions();
    expect(await fieldErrors(comment(id, { content: '截止后才看到，补充一条意见。' }))).toEqual({
      content: '本次征求意见已结束，不再接收意见',
    });
    await expect(officer.publishFeedback({ id, summary: '感谢参与' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '还有1条意见未审核',
    });
    await officer.publishComment({ id: c3 });
    expect(
      await fieldErrors(officer.setFeedback({ consultationId: id, commentIds: [c3], adoption: '未采纳', reason: '' })),
    ).toEqual({ reason: '未采纳的意见须说明理由' });
    expect(
      await fieldErrors(officer.setFeedback({ consultationId: id, commentIds: [c2], adoption: '采纳', reason: '' })),
    ).toEqual({ 'commentIds.0': '只能对本次征求意见已公开的意见反馈采纳情况' });
    await officer.setFeedback({
      consultationId: id,
      commentIds: [c1, c3],
      adoption: '部分采纳',
      reason: '已增加清运频次',
    });
    await expect(officer.publishFeedback({ id, summary: '感谢参与' })).resolves.toEqual({ ok: true });
    const last = await officer
      .setFeedback({ consultationId: id, commentIds: [c3], adoption: '采纳', reason: '' })
      .catch((e: unknown) => e);
    expect(last).toMatchObject({ code: 'CONFLICT', message: '意见采纳情况已公布，不能修改' });

    expect(await desk.track({ trackingNo: first.trackingNo })).toMatchObject({
      status: 'published',
      adoption: '部分采纳',
      adoptionReason: '已增加清运频次',
      feedbackSummary: '感谢参与',
    });
    expect(await desk.track({ trackingNo: second.trackingNo })).toMatchObject({
      status: 'rejected',
      rejectReason: '与本办法无关',
      adoption: null,
    });
    page = await desk.get({ id });
    expect(page).toMatchObject({
      phase: 'closed',
      canComment: false,
      commentRefusal: '本次征求意见已结束，不再接收意见',
      feedback: { summary: '感谢参与', counts: { 采纳: 0, 部分采纳: 2, 未采纳: 0 } },
    });
    await expect(desk.track({ trackingNo: first.trackingNo.slice(0, -1) + 'Z' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // The adopted document, once published.
    await f.db.db.updateTable('publications').set({ status: 'published' }).where('id', '=', draftId).execute();
    await officer.linkAdopted({ id, publicationId: draftId });
    expect((await desk.get({ id })).adoptedPublication).toMatchObject({ id: draftId });
  });

  it('edits an open consultation but not its opening day, and nothing once closed', async () => {
    const officer = f.caller('a.interaction').consultations;
    const { id } = await officer.create(opening({ title: '棉洋镇停车管理办法（征求意见稿）' }));
    const fields = { id, ...opening(), closeDate: '2026-03-20' };
    expect(await fieldErrors(officer.update({ ...fields, openDate: '2026-03-03' }))).toEqual({
      openDate: '征求意见已开始，不能修改开始日期',
    });
    await officer.update(fields);
    expect((await officer.get({ id })).closeDate).toBe('2026-03-20');
    f.setNow('2026-03-21T01:00:00.000Z');
    await f.renewSessions();
    await expect(officer.update(fields)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
