import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, type UserKey } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

const fields = {
  applicantCategory: '自然人',
  person: {
    name: '张三',
    idType: 'resident_id' as const,
    idNumber: '11010519491231002X',
    phone: '13800138000',
    address: '棉洋镇人民路1号',
    email: '',
  },
  description: '2026年棉洋镇村道建设项目的验收报告',
  deliveryForm: 'paper' as const,
  deliveryChannel: 'pickup' as const,
};

const DAY = '2026-03-02';

type Caller = ReturnType<Fixture['caller']>;
/** Every staff action on a case, called with plausible input for case `id`. */
const ACTIONS: Record<string, (c: Caller, id: number) => Promise<unknown>> = {
  confirmReceipt: (c, id) => c.requests.confirmReceipt({ id, receivedOn: DAY }),
  assign: (c, id) => c.requests.assign({ id, assigneeId: null }),
  addNote: (c, id) => c.requests.addNote({ id, text: '备注' }),
  requestSupplement: (c, id) => c.requests.requestSupplement({ id, date: DAY, items: '请写明年份' }),
  supplementReceived: (c, id) => c.requests.supplementReceived({ id, date: DAY }),
  startConsultation: (c, id) =>
    c.requests.startConsultation({ id, date: DAY, party: 'third_party', recipient: '某公司' }),
  endConsultation: (c, id) => c.requests.endConsultation({ id, date: DAY, party: 'third_party' }),
  extend: (c, id) => c.requests.extend({ id, date: DAY, days: 10, reason: '数据量大' }),
  notifyFee: (c, id) => c.requests.notifyFee({ id, date: DAY, method: 'by_pages', pages: 50 }),
  recordFee: (c, id) => c.requests.recordFee({ id, date: DAY, decision: 'paid' }),
  reply: (c, id) => c.requests.reply({ id, date: DAY, outcome: '1', legalBasis: '第三十六条', note: '' }),
  markAbandoned: (c, id) => c.requests.markAbandoned({ id, date: DAY }),
  markFeeExpired: (c, id) => c.requests.markFeeExpired({ id, date: DAY }),
  withdraw: (c, id) => c.requests.withdraw({ id, date: DAY }),
  addAppeal: (c, id) => c.requests.addAppeal({ caseId: id, kind: 'review', filedOn: DAY, result: 'pending' }),
  revealApplicant: (c, id) => c.requests.revealApplicant({ id }),
  get: (c, id) => c.requests.get({ id }),
};

describe.each(testDialects())('every case action checks role, organization and state on $name', (dialect) => {
  let f: Fixture;
  let id: number;
  beforeAll(async () => {
    f = await createFixture(await dialect.open());
    ({ id } = await f.caller('a.requests').requests.register({ channel: 'in_person', receivedOn: DAY, ...fields }));
  });
  afterAll(async () => {
    await f.destroy();
  });

  it.each(Object.keys(ACTIONS))('%s: other roles are refused, other organizations see nothing', async (name) => {
    const call = ACTIONS[name]!;
    for (const user of ['a.editor', 'a.admin', 'sys', 'auditor'] as UserKey[]) {
      await expect(call(f.caller(user), id), `${name} as ${user}`).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const otherOrg = name === 'extend' ? 'b.head' : 'b.requests';
    await expect(call(f.caller(otherOrg), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses what the state does not allow, and changes nothing', async () => {
    const officer = f.caller('a.requests');
    for (const name of [
      'confirmReceipt',
      'supplementReceived',
      'endConsultation',
      'recordFee',
      'markAbandoned',
      'markFeeExpired',
    ]) {
      await expect(ACTIONS[name]!(officer, id), name).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    const before = await officer.requests.get({ id });
    expect(before.state).toBe('running');
    expect(before.timeline.map((e) => e.type)).toEqual(['registered', 'received']);
  });
});
