import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFixture, draftInput, type Fixture } from './testing/fixtures.js';
import { testDialects } from './testing/test-dialects.js';

describe.each(testDialects())('audit chain on $name', (dialect) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture(await dialect.open());
  });
  afterEach(async () => {
    await f.destroy();
  });

  it('records every mutation with a Chinese label and verifies', async () => {
    const { id } = await f.caller('a.editor').publications.create(draftInput());
    await f.caller('a.editor').publications.submit({ id });
    const log = await f.caller('auditor').audit.list({ entityType: 'publication' });
    expect(log.items.map((i) => [i.action, i.actionLabel])).toEqual([
      ['publication.submit', '提交审核'],
      ['publication.create', '新建信息'],
    ]);
    expect(log.items[0]).toMatchObject({ actorName: '用户a_editor', entityId: String(id) });
    const today = await f
      .caller('auditor')
      .audit.list({ from: '2026-03-02', to: '2026-03-02', entityType: 'publication' });
    expect(today.total).toBe(2);
    const yesterday = await f.caller('auditor').audit.list({ to: '2026-03-01' });
    expect(yesterday.total).toBe(0);
    const result = await f.caller('auditor').audit.verify();
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(15);
  });

  it('detects an edited entry', async () => {
    const { id } = await f.caller('a.editor').publications.create(draftInput());
    const entry = await f.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    await f.db.db.updateTable('audit_log').set({ summary: '篡改后的摘要' }).where('id', '=', entry.id).execute();
    expect(await f.caller('auditor').audit.verify()).toMatchObject({ ok: false, brokenAt: entry.id });
  });

  it('detects a deleted entry, including the last one', async () => {
    await f.caller('a.editor').publications.create(draftInput());
    const last = await f.db.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await f.db.db.deleteFrom('audit_log').where('id', '=', last.id).execute();
    expect((await f.caller('auditor').audit.verify()).ok).toBe(false);
    await f.db.db.deleteFrom('audit_log').where('id', '=', 3).execute();
    expect(await f.caller('auditor').audit.verify()).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('keeps one chain under concurrent appends', async () => {
    const editor = f.caller('a.editor');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => editor.publications.create(draftInput({ title: `并发${i}` }))),
    );
    expect((await f.caller('auditor').audit.verify()).ok).toBe(true);
  });
});
