import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '@gongkai/domain';
import { openDownload, storeUpload } from './files.js';
import { sampleDocx } from './testing/docx.js';
import { createFixture, draftInput, type Fixture } from './testing/fixtures.js';
import { testDialects } from './testing/test-dialects.js';

describe.each(testDialects())('files on $name', (dialect) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture(await dialect.open());
  });
  afterEach(async () => {
    await f.destroy();
  });

  const upload = (fileName: string, bytes: Uint8Array, token: string | null = f.users['a.editor'].token) =>
    storeUpload(f.deps, { sessionToken: token, fileName, bytes });

  it('checks uploads by session, content and size', async () => {
    const text = new TextEncoder().encode('公示名单');
    expect(await upload('a.txt', text, null)).toMatchObject({ ok: false, status: 401 });
    expect(await upload('a.txt', text, f.users.auditor.token)).toMatchObject({ ok: false, status: 403 });
    expect(await upload('伪装.pdf', text)).toMatchObject({ ok: false, status: 400, error: '文件类型与扩展名不符' });
    expect(await upload('big.txt', new Uint8Array(ATTACHMENT_MAX_BYTES + 1).fill(65))).toMatchObject({
      ok: false,
      status: 413,
    });
    const ok = await upload('../../公示名单.txt', text);
    expect(ok).toMatchObject({
      ok: true,
      fileName: '公示名单.txt',
      mime: 'text/plain; charset=utf-8',
      size: text.length,
    });
    const row = await f.db.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(/^files\/2026\/03\/[0-9a-f]{32}$/);
    expect(row.text_content).toBe('公示名单');
  });

  it('imports a Word document as a draft', async () => {
    const file = await upload('春耕通知.docx', await sampleDocx());
    if (!file.ok) throw new Error(file.error);
    const docx = await f.db.db
      .selectFrom('files')
      .select('text_content')
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(docx.text_content).toContain('春耕生产');
    const { id } = await f.caller('a.editor').publications.importDocx({ fileId: file.id });
    const draft = await f.caller('a.editor').publications.get({ id });
    expect(draft).toMatchObject({
      status: 'draft',
      title: '关于做好2026年春耕生产工作的通知',
      docNumber: '棉府办发〔2026〕7号',
    });
    expect(draft.bodyHtml).toContain('<p>各村委会、镇直各单位：</p>');
    expect(draft.bodyHtml).not.toContain('棉府办发');
    // The planted mobile number is found by the scan.
    expect((await f.caller('a.editor').publications.piiHits({ id })).hits.map((h) => h.kind)).toEqual(['mobile']);
  });

  it('scans attachments for personal data and serves published attachments to anyone', async () => {
    const file = await upload('低保名单.txt', new TextEncoder().encode('李四 身份证 440524188001010014'));
    if (!file.ok) throw new Error(file.error);
    const editor = f.caller('a.editor');
    const { id } = await editor.publications.create(draftInput());
    await editor.publications.addAttachment({ id, fileId: file.id, kind: 'attachment' });
    await editor.publications.submit({ id });
    const reviewer = f.caller('a.reviewer');
    const { hits } = await reviewer.publications.piiHits({ id });
    expect(hits).toEqual([
      expect.objectContaining({ kind: 'id_card', source: expect.objectContaining({ fileName: '低保名单.txt' }) }),
    ]);
    await expect(reviewer.publications.maskHit({ id, hitId: hits[0]!.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(reviewer.publications.approve({ id, justification: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await reviewer.publications.approve({ id, justification: '经本人书面同意公开' });
    expect(await openDownload(f.deps, { fileId: file.id })).toBeNull();
    await f.caller('a.publisher').publications.publish({ id });
    const download = await openDownload(f.deps, { fileId: file.id });
    expect(download).toMatchObject({ fileName: '低保名单.txt', size: file.size });
    download!.stream.resume();
    await new Promise((resolve) => download!.stream.on('close', resolve));
    expect((await f.caller().public.publication({ id })).attachments).toEqual([
      expect.objectContaining({ fileId: file.id, fileName: '低保名单.txt', kind: 'attachment' }),
    ]);
  });
});
