import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../users.js';
import { createFixture, draftInput, PASSWORD, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

describe.each(testDialects())('catalogue, organizations and users on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(await dialect.open());
  });
  afterAll(async () => {
    await f.destroy();
  });

  it('manages categories and refuses to delete one in use', async () => {
    const admin = f.caller('a.admin');
    const { id } = await admin.categories.create({ name: '财政信息', parentId: f.a.categoryIds[0] });
    await admin.categories.update({ id, name: '财政预决算', parentId: f.a.categoryIds[0], sortOrder: 3 });
    await expect(
      admin.categories.update({ id: f.a.categoryIds[0]!, name: '概况信息', parentId: id, sortOrder: 0 }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const tree = await f.caller('a.editor').categories.list();
    expect(tree[0]!.children!.map((c) => c.name)).toEqual(['财政预决算']);
    await expect(admin.categories.delete({ id: f.a.categoryIds[0]! })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '该分类下还有子分类，不能删除',
    });
    await f.caller('a.editor').publications.create(draftInput({ categoryId: id }));
    await expect(admin.categories.delete({ id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '该分类下还有信息，不能删除',
    });
  });

  it('manages columns with unique slugs', async () => {
    const admin = f.caller('a.admin');
    const { id } = await admin.columns.create({ slug: 'tzgg', name: '通知公告', description: '' });
    await expect(admin.columns.create({ slug: 'tzgg', name: '重复' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin.columns.update({ id, slug: 'tzgg', name: '通知公告栏', description: '说明', sortOrder: 9 });
    expect((await f.caller('a.editor').columns.list()).find((c) => c.id === id)).toMatchObject({
      name: '通知公告栏',
      sortOrder: 9,
    });
    await admin.columns.delete({ id });
    expect((await admin.columns.list()).some((c) => c.id === id)).toBe(false);
  });

  it('lets the system administrator create organizations with default catalogue and columns', async () => {
    const sys = f.caller('sys');
    const { id } = await sys.organizations.create({
      slug: 'xincun',
      name: '新村村民委员会',
      kind: '村',
      code: '000099999',
      parentId: f.a.id,
    });
    const orgs = await sys.organizations.list();
    expect(orgs.find((o) => o.id === id)).toMatchObject({
      kind: '村',
      indexPattern: '{code}/{year}-{seq}',
      isPrimary: false,
    });
    const page = await f.caller().public.organization({ org: 'xincun' });
    expect(page.categories).toHaveLength(8);
    expect(page.columns.map((c) => c.slug)).toContain('zwdt');
    await expect(sys.organizations.update({ id, indexPattern: '{code}-{seq}' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await f.caller('a.admin').organizations.update({ id: f.a.id, phone: '0668-7654321', guideText: '公开指南正文' });
    expect(await f.caller('a.editor').organizations.mine()).toMatchObject({
      phone: '0668-7654321',
      guideText: '公开指南正文',
    });
  });

  it('manages users within the rules', async () => {
    const admin = f.caller('a.admin');
    const { id } = await admin.users.create({
      username: 'newclerk',
      displayName: '新信息员',
      password: PASSWORD,
      roles: ['editor', 'reviewer'],
    });
    const listed = (await admin.users.list()).find((u) => u.id === id);
    expect(listed).toMatchObject({
      roles: ['editor', 'reviewer'],
      organization: { slug: 'mianyang' },
      mustChangePassword: true,
      locked: false,
    });
    expect((await admin.users.list()).every((u) => u.organization?.slug === 'mianyang')).toBe(true);
    expect((await f.caller('security').users.list()).length).toBeGreaterThan(12);
    await expect(
      admin.users.create({ username: 'weak', displayName: '弱', password: 'abc', roles: ['editor'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin.users.resetPassword({ id, password: 'Reset-passw0rd' });
    const login = await f.caller().auth.login({ username: 'newclerk', password: 'Reset-passw0rd' });
    expect(login.user.mustChangePassword).toBe(true);
  });

  it('creates users for the CLI and the seeder with an audit entry', async () => {
    const id = await createUser(f.db, {
      organizationId: null,
      username: 'firstadmin',
      displayName: '首位管理员',
      password: PASSWORD,
      roles: ['security_admin'],
    });
    const entry = await f.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', String(id))
      .where('action', '=', 'user.create')
      .executeTakeFirstOrThrow();
    expect(entry.actor_name).toBe('系统');
    await expect(
      createUser(f.db, {
        organizationId: null,
        username: 'bad',
        displayName: 'x',
        password: PASSWORD,
        roles: ['sys_admin', 'audit_admin'],
      }),
    ).rejects.toThrow(/三员分立/);
  });
});
