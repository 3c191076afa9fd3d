import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, generateLetter, templateFor } from '../requests/letters/index.js';
import { createFixture, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

const BODY = '{{申请人}}：\n本机关已收到您的申请（查询号：{{查询号}}）。\n\n{{机关名称}}\n{{落款日期}}';

describe.each(testDialects())('letter templates on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(await dialect.open());
  });
  afterAll(async () => {
    await f.destroy();
  });

  const auditOf = (action: string) =>
    f.db.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').execute();

  it('lists every kind with its default, placeholders and what the user may do', async () => {
    const list = await f.caller('a.requests').letterTemplates.list();
    expect(list.map((t) => t.kind)).toEqual(['receipt', 'supplement', 'consultation', 'extension', 'fee', 'reply']);
    expect(list[5]).toMatchObject({
      kindLabel: '政府信息公开申请答复书',
      title: DEFAULT_TEMPLATES.reply.title,
      body: DEFAULT_TEMPLATES.reply.body,
      customized: false,
      editable: false,
    });
    expect(list[1]!.placeholders).toContainEqual({ key: '补正事项', label: '需要补正的事项' });
    expect((await f.caller('a.head').letterTemplates.list()).every((t) => t.editable)).toBe(true);
    expect((await f.caller('a.admin').letterTemplates.list()).every((t) => t.editable)).toBe(true);
  });

  it('refuses other roles', async () => {
    await expect(f.caller('a.editor').letterTemplates.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('sys').letterTemplates.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const user of ['a.editor', 'a.requests'] as const) {
      await expect(
        f.caller(user).letterTemplates.save({ kind: 'receipt', title: '回执', body: BODY }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(f.caller(user).letterTemplates.reset({ kind: 'receipt' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('saves an organization admin’s wording for that organization only, with an audit entry', async () => {
    await f.caller('a.admin').letterTemplates.save({
      kind: 'receipt',
      title: '申请登记回执',
      body: BODY.replaceAll('\n', '\r\n'),
    });
    const mine = (await f.caller('a.requests').letterTemplates.list()).find((t) => t.kind === 'receipt');
    expect(mine).toMatchObject({ title: '申请登记回执', body: BODY, customized: true });
    const theirs = (await f.caller('b.requests').letterTemplates.list()).find((t) => t.kind === 'receipt');
    expect(theirs).toMatchObject({ title: DEFAULT_TEMPLATES.receipt.title, customized: false });
    expect(await templateFor(f.db.db, f.b.id, 'receipt')).toMatchObject({ customized: false });

    const [entry] = await auditOf('letter_template.save');
    expect(entry).toMatchObject({
      organization_id: f.a.id,
      actor_id: f.users['a.admin'].id,
      entity_type: 'letter_template',
      entity_id: 'receipt',
      summary: '修改文书模板“政府信息公开申请登记回执”',
    });
  });

  it('lets the office head replace a saved template', async () => {
    await f.caller('a.head').letterTemplates.save({ kind: 'receipt', title: '登记回执', body: BODY });
    expect(await templateFor(f.db.db, f.a.id, 'receipt')).toEqual({ title: '登记回执', body: BODY, customized: true });
    expect(await f.db.db.selectFrom('letter_templates').select('id').execute()).toHaveLength(1);
  });

  it('refuses unknown placeholders and empty fields with field errors', async () => {
    await expect(
      f.caller('a.admin').letterTemplates.save({
        kind: 'receipt',
        title: '{{标题}}',
        body: '{{申请人}}：{{补正事项}}{{身份证号}}{{补正事项}}',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: {
        issues: [
          expect.objectContaining({ path: ['title'], message: '未知的占位符：{{标题}}' }),
          expect.objectContaining({ path: ['body'], message: '未知的占位符：{{补正事项}}、{{身份证号}}' }),
        ],
      },
    });
    await expect(
      f.caller('a.admin').letterTemplates.save({ kind: 'receipt', title: ' ', body: BODY }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      f.caller('a.admin').letterTemplates.save({ kind: 'notice' as 'receipt', title: '通知', body: BODY }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('generates a letter from the saved template, the organization’s name in the signature', async () => {
    const letter = await generateLetter(f.db.db, {
      organizationId: f.a.id,
      kind: 'receipt',
      values: { 申请人: '张三', 查询号: 'YS20260302001', 落款日期: '2026年3月2日' },
    });
    expect(letter.title).toBe('登记回执');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(letter.bytes) });
    expect(value).toBe(
      '登记回执\n\n张三：\n\n本机关已收到您的申请（查询号：YS20260302001）。\n\n棉洋镇人民政府\n\n2026年3月2日\n\n',
    );
  });

  it('resets to the default with an audit entry, and a second reset changes nothing', async () => {
    await f.caller('a.head').letterTemplates.reset({ kind: 'receipt' });
    expect(await templateFor(f.db.db, f.a.id, 'receipt')).toEqual({ ...DEFAULT_TEMPLATES.receipt, customized: false });
    const [entry] = await auditOf('letter_template.reset');
    expect(entry).toMatchObject({
      organization_id: f.a.id,
      actor_id: f.users['a.head'].id,
      entity_id: 'receipt',
      summary: '恢复默认文书模板“政府信息公开申请登记回执”',
    });
    await f.caller('a.admin').letterTemplates.reset({ kind: 'receipt' });
    expect(await auditOf('letter_template.reset')).toHaveLength(1);
  });

  it('keeps another organization’s template out of reach', async () => {
    await f.caller('b.admin').letterTemplates.save({ kind: 'fee', title: '收费通知书', body: BODY });
    await f.caller('a.admin').letterTemplates.reset({ kind: 'fee' });
    expect(await templateFor(f.db.db, f.b.id, 'fee')).toMatchObject({ title: '收费通知书', customized: true });
    expect((await f.caller('a.admin').letterTemplates.list()).find((t) => t.kind === 'fee')).toMatchObject({
      customized: false,
    });
  });
});
