import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { storeUpload } from './files.js';
import { sampleDocx } from './testing/docx.js';
import { createFixture, draftInput, PASSWORD, type Fixture, type UserKey } from './testing/fixtures.js';
import { testDialects } from './testing/test-dialects.js';

type Caller = ReturnType<Fixture['caller']>;
interface Records {
  draft: number;
  submitted: number;
  approved: number;
  published: number;
  attachmentId: number;
  fileId: number;
  docxFileId: number;
  categoryId: number;
  columnId: number;
  userId: number;
  orgId: number;
}

interface Case {
  name: string;
  /** Role suffix of the user allowed to do it (`a.<role>` / `b.<role>`), or a platform account. */
  right: 'editor' | 'reviewer' | 'publisher' | 'admin' | 'sys';
  wrong: UserKey;
  call: (c: Caller, r: Records) => Promise<unknown>;
  /** The record belongs to organization A: organization B's user must get NOT_FOUND. */
  record: boolean;
}

const doc = draftInput();
const CASES: Case[] = [
  {
    name: 'publications.create',
    right: 'editor',
    wrong: 'a.reviewer',
    record: false,
    call: (c) => c.publications.create(doc),
  },
  {
    name: 'publications.update',
    right: 'editor',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.update({ id: r.draft, ...doc }),
  },
  {
    name: 'publications.importDocx',
    right: 'editor',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.publications.importDocx({ fileId: r.docxFileId }),
  },
  {
    name: 'publications.addAttachment',
    right: 'editor',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.addAttachment({ id: r.draft, fileId: r.fileId, kind: 'attachment' }),
  },
  {
    name: 'publications.removeAttachment',
    right: 'editor',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.removeAttachment({ id: r.draft, attachmentId: r.attachmentId }),
  },
  {
    name: 'publications.submit',
    right: 'editor',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.submit({ id: r.draft }),
  },
  {
    name: 'publications.maskHit',
    right: 'reviewer',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.publications.maskHit({ id: r.submitted, hitId: 'x' }),
  },
  {
    name: 'publications.maskAll',
    right: 'reviewer',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.publications.maskAll({ id: r.submitted }),
  },
  {
    name: 'publications.approve',
    right: 'reviewer',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.publications.approve({ id: r.submitted }),
  },
  {
    name: 'publications.return',
    right: 'reviewer',
    wrong: 'a.editor2',
    record: true,
    call: (c, r) => c.publications.return({ id: r.submitted, comment: '改' }),
  },
  {
    name: 'publications.publish',
    right: 'publisher',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.publish({ id: r.approved }),
  },
  {
    name: 'publications.unschedule',
    right: 'publisher',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.publications.unschedule({ id: r.approved }),
  },
  {
    name: 'publications.amend',
    right: 'publisher',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.publications.amend({ id: r.published, ...doc, changeNote: '改' }),
  },
  {
    name: 'publications.withdraw',
    right: 'publisher',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.publications.withdraw({ id: r.published, reason: '撤' }),
  },
  {
    name: 'publications.changeValidity',
    right: 'publisher',
    wrong: 'a.editor',
    record: true,
    call: (c, r) =>
      c.publications.changeValidity({ id: r.published, validity: '失效', effectiveDate: '2026-03-03', note: '' }),
  },
  {
    name: 'categories.create',
    right: 'admin',
    wrong: 'a.editor',
    record: false,
    call: (c) => c.categories.create({ name: '新分类' }),
  },
  {
    name: 'categories.update',
    right: 'admin',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.categories.update({ id: r.categoryId, name: '改名', sortOrder: 1 }),
  },
  {
    name: 'categories.delete',
    right: 'admin',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.categories.delete({ id: r.categoryId }),
  },
  {
    name: 'columns.create',
    right: 'admin',
    wrong: 'a.editor',
    record: false,
    call: (c) => c.columns.create({ slug: 'xlm', name: '新栏目' }),
  },
  {
    name: 'columns.update',
    right: 'admin',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.columns.update({ id: r.columnId, slug: 'zwdt', name: '改名' }),
  },
  {
    name: 'columns.delete',
    right: 'admin',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.columns.delete({ id: r.columnId }),
  },
  {
    name: 'organizations.update',
    right: 'admin',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.organizations.update({ id: r.orgId, phone: '0668-7654321' }),
  },
  {
    name: 'organizations.create',
    right: 'sys',
    wrong: 'a.admin',
    record: false,
    call: (c) => c.organizations.create({ slug: 'xincun', name: '新村', kind: '村', code: '000099999' }),
  },
  {
    name: 'users.create',
    right: 'admin',
    wrong: 'a.editor',
    record: false,
    call: (c) => c.users.create({ username: 'newbie', displayName: '新人', password: PASSWORD, roles: ['editor'] }),
  },
  {
    name: 'users.update',
    right: 'admin',
    wrong: 'a.editor',
    record: true,
    call: (c, r) => c.users.update({ id: r.userId, displayName: '改名', roles: ['editor'], disabled: false }),
  },
  {
    name: 'users.unlock',
    right: 'admin',
    wrong: 'a.publisher',
    record: true,
    call: (c, r) => c.users.unlock({ id: r.userId }),
  },
  {
    name: 'users.resetPassword',
    right: 'admin',
    wrong: 'a.reviewer',
    record: true,
    call: (c, r) => c.users.resetPassword({ id: r.userId, password: 'N3w-password-1' }),
  },
];

async function auditCount(f: Fixture): Promise<number> {
  const r = await f.db.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe.each(testDialects())('authorization on $name', (dialect) => {
  let f: Fixture;
  let r: Records;

  beforeAll(async () => {
    f = await createFixture(await dialect.open());
    const editor = f.caller('a.editor');
    const make = async () => (await editor.publications.create(draftInput())).id;
    const [draft, submitted, approved, published] = [await make(), await make(), await make(), await make()];
    for (const id of [submitted, approved, published]) await editor.publications.submit({ id });
    for (const id of [approved, published]) await f.caller('a.reviewer').publications.approve({ id });
    await f.caller('a.publisher').publications.publish({ id: published });
    const upload = async (name: string, bytes: Uint8Array) => {
      const result = await storeUpload(f.deps, { sessionToken: f.users['a.editor'].token, fileName: name, bytes });
      if (!result.ok) throw new Error(result.error);
      return result.id;
    };
    const fileId = await upload('名单.txt', new TextEncoder().encode('名单'));
    const docxFileId = await upload('通知.docx', await sampleDocx());
    await editor.publications.addAttachment({ id: draft, fileId, kind: 'attachment' });
    const attachmentId = (await editor.publications.get({ id: draft })).attachments[0]!.id;
    r = {
      draft,
      submitted,
      approved,
      published,
      fileId,
      docxFileId,
      attachmentId,
      categoryId: f.a.categoryIds[0]!,
      columnId: f.a.columnIds.zwdt!,
      userId: f.users['a.editor2'].id,
      orgId: f.a.id,
    };
  });
  afterAll(async () => {
    await f.destroy();
  });

  describe.each(CASES)('$name', (c) => {
    let before: number;
    afterEach(async () => {
      // A refusal changes nothing, not even the audit log.
      expect(await auditCount(f)).toBe(before);
    });

    it(`refuses the wrong role with FORBIDDEN`, async () => {
      before = await auditCount(f);
      const error = await c.call(f.caller(c.wrong), r).catch((e: { code?: string; message?: string }) => e);
      expect(error).toMatchObject({ code: 'FORBIDDEN' });
      expect((error as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
    });

    if (c.record) {
      it(`answers NOT_FOUND to the right role of another organization`, async () => {
        before = await auditCount(f);
        const other = (c.right === 'sys' ? 'sys' : `b.${c.right}`) as UserKey;
        await expect(c.call(f.caller(other), r)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      });
    }
  });

  it('keeps the platform roles apart from content (三员分立)', async () => {
    await expect(f.caller('sys').publications.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('security').publications.create(doc)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('auditor').users.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('security').audit.verify()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('a.admin').audit.verify()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.caller('sys').audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await f.caller('auditor').audit.verify()).ok).toBe(true);
    // An organization admin sees only the log of their own organization.
    const own = await f.caller('a.admin').audit.list({});
    expect(own.total).toBeGreaterThan(0);
    expect((await f.caller('b.admin').audit.list({ entityType: 'publication' })).total).toBe(0);
    // Only the security administrator grants platform roles.
    await expect(
      f
        .caller('a.admin')
        .users.create({ username: 'x1', displayName: 'x', password: PASSWORD, roles: ['audit_admin'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      f.caller('security').users.create({
        username: 'x2',
        displayName: 'x',
        password: PASSWORD,
        roles: ['audit_admin', 'editor'],
        organizationId: f.a.id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('三员分立') });
  });

  it('hides other organizations’ records from reads too', async () => {
    await expect(f.caller('b.editor').publications.get({ id: r.draft })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await f.caller('b.editor').publications.list({})).total).toBe(0);
    const { openDownload } = await import('./files.js');
    expect(await openDownload(f.deps, { fileId: r.fileId, sessionToken: f.users['b.editor'].token })).toBeNull();
    expect(await openDownload(f.deps, { fileId: r.fileId })).toBeNull();
    const own = await openDownload(f.deps, { fileId: r.fileId, sessionToken: f.users['a.reviewer'].token });
    expect(own?.fileName).toBe('名单.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of own!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('名单');
  });
});
