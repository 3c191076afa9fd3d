import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors } from '../participation/testing.js';
import { createFixture, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

describe.each(testDialects())('hotline call log on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    // Monday 2026-03-02, 10:00 in Shanghai.
    f = await createFixture(await dialect.open(), '2026-03-02T02:00:00.000Z');
  });
  afterAll(async () => {
    await f.destroy();
  });

  const call = (overrides: Record<string, unknown> = {}) => ({
    calledAt: '2026-03-02T09:30',
    caller: '13800138000',
    topic: '咨询低保申请材料',
    answer: '告知需携带户口簿、身份证到镇民政办办理',
    ...overrides,
  });

  it('logs calls with the number masked before storage, per organization and month', async () => {
    const officer = f.caller('a.interaction').hotline;
    const { id } = await officer.log(call());
    await officer.log(call({ calledAt: '2026-02-28T16:00:00.000Z', caller: '', topic: '反映路灯不亮' }));
    expect(await fieldErrors(officer.log(call({ calledAt: '2026-03-03T09:00' })))).toEqual({
      calledAt: '通话时间不能晚于现在',
    });
    await expect(f.caller('a.editor').hotline.log(call())).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const stored = await f.db.db.selectFrom('hotline_calls').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('13800138000');

    const march = await f.caller('a.head').hotline.list({ month: '2026-03' });
    expect(march.items).toEqual([
      {
        id,
        calledAt: '2026-03-02T01:30:00.000Z',
        callerMasked: '138****8000',
        topic: '咨询低保申请材料',
        answer: '告知需携带户口簿、身份证到镇民政办办理',
        handledByName: '用户a_interaction',
      },
      // 2026-02-28T16:00Z is 03-01 00:00 in Shanghai.
      expect.objectContaining({ callerMasked: '未显示号码', topic: '反映路灯不亮' }),
    ]);
    expect((await f.caller('b.interaction').hotline.list({})).total).toBe(0);
    expect(await f.caller('a.interaction').hotline.stats({ year: 2026 })).toMatchObject({
      total: 2,
      byMonth: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });

    await expect(f.caller('b.interaction').hotline.remove({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await officer.remove({ id });
    expect((await officer.list({ month: '2026-03' })).total).toBe(1);
  });

  it('lists every organization’s hotline for the public page', async () => {
    expect(await f.caller().messageDesk.hotlines()).toEqual([
      expect.objectContaining({ organization: { slug: f.a.slug, name: '棉洋镇人民政府' }, hotline: '12345' }),
      expect.objectContaining({ organization: { slug: f.b.slug, name: '华城镇人民政府' }, hotline: '12345' }),
    ]);
  });
});
