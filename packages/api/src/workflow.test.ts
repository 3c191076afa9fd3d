import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createFixture, draftInput, type Fixture } from './testing/fixtures.js';
import { testDialects } from './testing/test-dialects.js';

const PLANTED_ID = '11010519491231002X';

describe.each(testDialects())('publication workflow on $name', (dialect) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture(await dialect.open());
  });
  afterEach(async () => {
    await f.destroy();
  });

  it('goes draft → submit → review with PII → publish → search → amend → withdraw', async () => {
    const editor = f.caller('a.editor');
    const reviewer = f.caller('a.reviewer');
    const publisher = f.caller('a.publisher');
    const anonymous = f.caller();

    const { id } = await editor.publications.create(
      draftInput({
        categoryId: f.a.categoryIds[0],
        columnIds: [f.a.columnIds.gsgg],
        bodyHtml: `<p>低保对象公示：张三，身份证号 ${PLANTED_ID}，住棉洋镇。</p><script>alert(1)</script><p onclick="x()">咨询电话 12345</p>`,
      }),
    );
    const draft = await editor.publications.get({ id });
    expect(draft.status).toBe('draft');
    expect(draft.docNumber).toBe('棉府办发〔2026〕3号');
    expect(draft.bodyHtml).not.toContain('script');
    expect(draft.bodyHtml).not.toContain('onclick');
    expect(draft.allowedActions).toContain('submit');

    await editor.publications.submit({ id });

    // The author cannot approve their own work.
    await expect(editor.publications.approve({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { hits } = await reviewer.publications.piiHits({ id });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ source: 'body', kind: 'id_card', match: PLANTED_ID, kindLabel: '身份证号码' });
    // With the hit left, approval needs a justification.
    await expect(reviewer.publications.approve({ id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    await reviewer.publications.maskHit({ id, hitId: hits[0]!.id });
    const masked = await reviewer.publications.get({ id });
    expect(masked.bodyHtml).not.toContain(PLANTED_ID);
    expect(masked.bodyHtml).toContain(hits[0]!.masked);
    expect((await reviewer.publications.piiHits({ id })).hits).toHaveLength(0);

    await reviewer.publications.approve({ id });
    expect((await publisher.publications.get({ id })).status).toBe('approved');

    const year = new Date(f.now().getTime() + 8 * 3600_000).getUTCFullYear();
    const published = await publisher.publications.publish({ id });
    expect(published.indexNo).toBe(`${f.a.code}/${year}-00001`);

    const page = await anonymous.public.publication({ id });
    expect(page.indexNo).toBe(published.indexNo);
    expect(page.publishDate).toBe('2026-03-02');
    expect(page.revisions).toEqual([expect.objectContaining({ revision: 1 })]);

    const found = await anonymous.public.search({ q: '春耕' });
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(found.items[0]!.titleHighlight.some((s) => s.hit)).toBe(true);
    const byDocNumber = await anonymous.public.search({ q: '棉府办发〔2026〕3号' });
    expect(byDocNumber.items.map((i) => i.id)).toEqual([id]);

    const list = await anonymous.public.list({ org: f.a.slug, column: 'gsgg' });
    expect(list.items.map((i) => i.id)).toEqual([id]);
    expect(list.years).toEqual([2026]);

    const amended = await publisher.publications.amend({
      id,
      ...draftInput({ title: '棉洋镇2026年春耕生产工作方案（修订）', columnIds: [f.a.columnIds.gsgg] }),
      changeNote: '更正标题',
    });
    expect(amended.revision).toBe(2);
    const revisions = await publisher.publications.revisions({ id });
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect((await anonymous.public.revision({ id, revision: 1 })).title).toBe('棉洋镇2026年春耕生产工作方案');
    expect((await anonymous.public.publication({ id })).title).toContain('修订');

    await publisher.publications.changeValidity({
      id,
      validity: '已废止',
      effectiveDate: '2026-03-10',
      note: '被新方案替代',
    });
    expect((await anonymous.public.publication({ id })).validityChanges).toEqual([
      { validity: '已废止', effectiveDate: '2026-03-10', note: '被新方案替代' },
    ]);

    await publisher.publications.withdraw({ id, reason: '内容已过时' });
    await expect(anonymous.public.publication({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await anonymous.public.search({ q: '春耕' })).total).toBe(0);

    // The next publication gets the next number; numbers are never reused.
    const second = await editor.publications.create(draftInput({ title: '第二份文件', docNumber: '' }));
    await editor.publications.submit({ id: second.id });
    await reviewer.publications.approve({ id: second.id });
    expect((await publisher.publications.publish({ id: second.id })).indexNo).toBe(`${f.a.code}/${year}-00002`);
  });

  it('returns to the editor with a comment, and counts views', async () => {
    const editor = f.caller('a.editor');
    const { id } = await editor.publications.create(draftInput());
    await editor.publications.submit({ id });
    await expect(f.caller('a.reviewer').publications.return({ id, comment: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await f.caller('a.reviewer').publications.return({ id, comment: '请补充附件' });
    const returned = await editor.publications.get({ id });
    expect(returned).toMatchObject({ status: 'returned', reviewComment: '请补充附件' });
    await editor.publications.update({ id, ...draftInput({ title: '已修改' }) });
    await editor.publications.submit({ id });
    await f.caller('a.reviewer').publications.approve({ id });
    await f.caller('a.publisher').publications.publish({ id });

    const { recordViews } = await import('./views.js');
    await recordViews(f.deps, [
      { id, n: 3 },
      { id, n: 2 },
      { id: 999_999, n: 5 },
    ]);
    expect((await f.caller().public.publication({ id })).viewCount).toBe(5);
    const stats = await f.caller().public.viewStats({ org: f.a.slug, year: 2026 });
    expect(stats.total).toBe(5);
    expect(stats.top).toEqual([{ id, title: '已修改', count: 5 }]);
  });

  it('tells an author who is also a reviewer why they cannot review their own submission', async () => {
    const both = f.caller('a.editorReviewer');
    const { id } = await both.publications.create(draftInput({ columnIds: [f.a.columnIds.gsgg] }));
    await both.publications.submit({ id });

    const own = await both.publications.get({ id });
    expect(own.allowedActions).not.toContain('approve');
    expect(own.reviewRefusal).toBe('不能审核自己提交的信息');
    await expect(both.publications.approve({ id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '不能审核自己提交的信息',
    });
    expect((await f.caller('a.reviewer').publications.get({ id })).reviewRefusal).toBeNull();
  });

  it('refuses calls without the internal token', async () => {
    const { createCallerFactory } = await import('./trpc.js');
    const { appRouter } = await import('./root.js');
    const { createContext } = await import('./context.js');
    const caller = createCallerFactory(appRouter)(createContext(f.deps, { 'x-internal-token': 'wrong' }));
    const error = await caller.public.site().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('UNAUTHORIZED');
  });
});
