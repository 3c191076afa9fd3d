import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors, solvedBot, visitor } from '../participation/testing.js';
import { createFixture, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

/** Monday 2026-03-02, 10:00 in Shanghai. */
const START = '2026-03-02T02:00:00.000Z';

describe.each(testDialects())('messages on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(await dialect.open(), START);
  });
  afterEach(async () => {
    f.setNow(START);
    await f.renewSessions();
  });
  afterAll(async () => {
    await f.destroy();
  });

  async function write(overrides: Record<string, unknown> = {}, ip = '203.0.113.9') {
    return visitor(f, ip).messageDesk.submit({
      org: f.a.slug,
      type: '咨询',
      subject: '低保申请需要哪些材料',
      content: '请问申请低保需要准备哪些材料？我的身份证号11010519491231002X，电话13800138000。',
      name: '王小明',
      contact: '13800138000',
      bot: await solvedBot(f),
      ...overrides,
    });
  }

  async function idOf(trackingNo: string, user: 'a.interaction' | 'b.interaction' = 'a.interaction') {
    const { items } = await f.caller(user).messages.list({ view: 'all', q: trackingNo });
    return items[0]!.id;
  }

  it('refuses bad input field by field and stores nothing', async () => {
    expect(await fieldErrors(write({ subject: '问'.repeat(101), contact: '' }))).toEqual({
      subject: '标题不能超过100个字（现有101个字）',
      contact: '请填写联系方式',
    });
    const wrongBot = { mode: 'pow' as const, token: (await solvedBot(f)).token, solution: 'x' };
    expect(await fieldErrors(write({ bot: wrongBot }))).toEqual({ bot: '验证未通过，请刷新页面后重新提交' });
    expect(await fieldErrors(write({ org: 'nowhere' }))).toEqual({ org: '请选择受理单位' });
    // Every mistake of a form at once, not one per attempt.
    expect(Object.keys((await fieldErrors(write({ subject: '长'.repeat(101), contact: '' }))) ?? {}).sort()).toEqual([
      'contact',
      'subject',
    ]);
    expect((await f.caller('a.interaction').messages.list({ view: 'all' })).total).toBe(0);
  });

  it('answers a question, publishes it masked, and lets the writer rate the answer', async () => {
    const { trackingNo, accessCode, dueDate } = await write();
    expect(trackingNo).toMatch(/^ZX-20260302-/);
    expect(dueDate).toBe('2026-03-09');
    expect(await fieldErrors(write({ subject: '再问一次' }))).toEqual({
      content: '您已提交过相同或相近的内容，请勿重复提交',
    });
    const desk = f.caller().messageDesk;
    await expect(desk.track({ trackingNo, accessCode: 'WRONG234' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await desk.track({ trackingNo, accessCode })).toMatchObject({
      status: 'received',
      organizationName: '棉洋镇人民政府',
      actions: { followUp: true, rate: false },
    });

    const id = await idOf(trackingNo);
    const officer = f.caller('a.interaction').messages;
    await expect(f.caller('a.editor').messages.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('b.interaction').messages.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await officer.get({ id })).toMatchObject({
      contact: '13800138000',
      nameDisplay: '王**',
      allowedActions: ['assign', 'transfer', 'reply', 'note'],
      publishDefault: true,
    });
    expect(await fieldErrors(officer.assign({ id, assigneeId: f.users['a.editor'].id }))).toEqual({
      assigneeId: '承办人不存在或不属于本单位',
    });
    await officer.assign({ id, assigneeId: f.users['a.interaction'].id });
    await officer.addNote({ id, text: '已联系民政办核实' });
    expect(await fieldErrors(officer.reply({ id, text: '' }))).toEqual({ text: '请填写答复内容' });
    await officer.reply({ id, text: '请携带户口簿、身份证到镇民政办申请。' });

    const mine = await desk.track({ trackingNo, accessCode });
    expect(mine).toMatchObject({ status: 'replied', isPublic: true, actions: { followUp: true, rate: true } });
    expect(mine.thread.map((t) => [t.kind, t.author])).toEqual([
      ['message', '留言人'],
      ['reply', '棉洋镇人民政府'],
    ]);
    expect(JSON.stringify(mine)).not.toContain('已联系民政办核实');

    const listed = await desk.list({ org: f.a.slug, type: '咨询', q: '低保' });
    expect(listed.items).toMatchObject([{ id, name: '王**', subject: '低保申请需要哪些材料' }]);
    expect((await desk.list({ q: '13800138000' })).total).toBe(1); // the number is not searched
    const published = await desk.get({ id });
    expect(published.thread[0]!.text).toBe(
      '请问申请低保需要准备哪些材料？我的身份证号11*************02X，电话138****8000。',
    );
    expect(JSON.stringify(published)).not.toMatch(/13800138000|11010519491231002X/);

    await desk.rate({ trackingNo, accessCode, rating: '满意' });
    expect(await fieldErrors(desk.rate({ trackingNo, accessCode, rating: '不满意' }))).toEqual({
      rating: '您已评价过本次答复',
    });
    await officer.close({ id });
    expect(await fieldErrors(desk.followUp({ trackingNo, accessCode, text: '还想再问一下' }))).toEqual({
      text: '该留言已办结，不能继续追加',
    });
    await expect(officer.reply({ id, text: '补充答复' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await officer.unpublish({ id });
    await expect(desk.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a complaint private, and starts a new period when the writer asks again', async () => {
    const { trackingNo, accessCode } = await write({
      type: '投诉',
      subject: '村道路灯长期不亮',
      content: '石桥村村道路灯坏了三个月无人维修。',
    });
    expect(trackingNo).toMatch(/^TS-/);
    const id = await idOf(trackingNo);
    const officer = f.caller('a.interaction').messages;
    expect((await officer.get({ id })).publishDefault).toBe(false);
    await officer.reply({ id, text: '已安排维修。' });
    expect((await officer.get({ id })).isPublic).toBe(false);
    await expect(f.caller().messageDesk.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    f.setNow('2026-03-04T02:00:00.000Z');
    await f.renewSessions();
    await f.caller().messageDesk.followUp({ trackingNo, accessCode, text: '修好后第二天又坏了。' });
    expect(await officer.get({ id })).toMatchObject({ status: 'received', dueDate: '2026-03-11' });
    await officer.reply({ id, text: '已督促施工单位返修。' });
    expect((await f.caller().messageDesk.track({ trackingNo, accessCode })).thread.map((t) => t.kind)).toEqual([
      'message',
      'reply',
      'followUp',
      'reply',
    ]);
  });

  it('transfers a message to another organization, which then answers it', async () => {
    const { trackingNo, accessCode } = await write({
      type: '建言',
      subject: '建议增设公交站',
      content: '华城镇墟镇人流大，建议增设公交站点。',
    });
    const id = await idOf(trackingNo);
    const a = f.caller('a.interaction').messages;
    expect(await fieldErrors(a.transfer({ id, organizationId: f.b.id, reason: '' }))).toEqual({
      reason: '转办时须填写转办说明',
    });
    expect(await fieldErrors(a.transfer({ id, organizationId: f.a.id, reason: '属地' }))).toEqual({
      organizationId: '请选择转办的其他单位',
    });
    await a.transfer({ id, organizationId: f.b.id, reason: '属华城镇辖区事项' });
    await expect(a.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const b = f.caller('b.interaction').messages;
    expect(await b.get({ id })).toMatchObject({ status: 'received', assigneeName: null });
    await b.reply({ id, text: '已转交县交通局研究。' });
    const mine = await f.caller().messageDesk.track({ trackingNo, accessCode });
    expect(mine).toMatchObject({
      organizationName: '华城镇人民政府',
      transfers: [{ from: '棉洋镇人民政府', to: '华城镇人民政府', on: '2026-03-02' }],
    });
    expect(mine.thread.at(-1)).toMatchObject({ kind: 'reply', author: '华城镇人民政府' });
  });

  it('flags overdue messages and warns after three months unanswered', async () => {
    const { trackingNo } = await write({
      type: '纠错',
      subject: '网站电话有误',
      content: '办事指南里的电话号码已经停用。',
    });
    const id = await idOf(trackingNo);
    f.setNow('2026-03-10T02:00:00.000Z');
    await f.renewSessions();
    const officer = f.caller('a.interaction').messages;
    expect((await officer.list({ due: 'overdue' })).items.map((m) => m.id)).toContain(id);
    expect(await officer.warnings()).toMatchObject({ threeMonths: 0 });
    f.setNow('2026-06-02T02:00:00.000Z');
    await f.renewSessions();
    const warnings = await f.caller('a.admin').messages.warnings();
    expect(warnings.threeMonths).toBe(1);
    expect(warnings.items).toMatchObject([{ id, trackingNo, receivedOn: '2026-03-02' }]);
    expect((await officer.get({ id })).threeMonthWarning).toBe(true);
    await expect(f.caller('a.editor').messages.warnings()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the reply period per organization and the word list per deployment', async () => {
    await expect(f.caller('a.interaction').messages.saveReplyDays({ replyWorkingDays: 10 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await f.caller('b.admin').messages.saveReplyDays({ replyWorkingDays: 10 });
    expect((await f.caller('b.interaction').messages.settings()).replyWorkingDays).toBe(10);
    expect((await f.caller('a.interaction').messages.settings()).replyWorkingDays).toBe(5);

    await expect(f.caller('a.admin').messages.saveWords({ words: '违禁' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await f.caller('sys').messages.saveWords({ words: '投资理财，返利\n返利' })).toEqual({
      words: ['投资理财', '返利'],
    });
    const { trackingNo, dueDate } = await write(
      { org: f.b.slug, subject: '咨询返利活动', content: '镇上有人推荐投资 理财返利，是真的吗？' },
      '203.0.113.50',
    );
    expect(dueDate).toBe('2026-03-16');
    const row = (await f.caller('b.interaction').messages.list({ view: 'all', q: trackingNo })).items[0]!;
    expect(row.flagged).toBe(true);
    expect((await f.caller('b.interaction').messages.get({ id: row.id })).flaggedWords).toEqual(['返利', '投资理财']);
    await f.caller('sys').messages.resetWords();
    expect((await f.caller('a.interaction').messages.settings()).wordsCustomized).toBe(false);
  });
});
