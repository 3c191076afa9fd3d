import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION } from '@gongkai/domain';
import { fieldErrorsOf } from '../errors.js';
import { createFixture, PASSWORD, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

describe.each(testDialects())('auth on $name', (dialect) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture(await dialect.open());
  });
  afterEach(async () => {
    await f.destroy();
  });

  const login = (password: string, username = 'a_editor') => f.caller().auth.login({ username, password });

  it('logs in, answers me, logs out', async () => {
    const { token, user, expiresAt } = await login(PASSWORD);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(user).toMatchObject({ username: 'a_editor', roles: ['editor'], organization: { slug: 'mianyang' } });
    expect(new Date(expiresAt).getTime() - f.now().getTime()).toBe(SESSION.absoluteHours * 3_600_000);
    const me = f.caller(undefined, { 'x-session-token': token });
    expect((await me.auth.me()).id).toBe(user.id);
    await me.auth.logout();
    await expect(me.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The token is stored hashed only.
    const stored = await f.db.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
  });

  it('locks the account after 5 failures for 15 minutes, and audits it', async () => {
    for (let i = 0; i < 4; i++) {
      await expect(login('wrong-password-1')).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: '用户名或密码错误',
      });
    }
    await expect(login('wrong-password-1')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^账号已锁定，请于 \d\d:\d\d 后重试或联系安全管理员$/),
    });
    // Locked: even the right password is refused, with the unlock time (10:15 Shanghai).
    await expect(login(PASSWORD)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '账号已锁定，请于 10:15 后重试或联系安全管理员',
    });
    f.setNow(new Date(f.now().getTime() + 14 * 60_000));
    await expect(login(PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    f.setNow(new Date(f.now().getTime() + 60_000));
    expect((await login(PASSWORD)).user.username).toBe('a_editor');
    const actions = await f.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_name', '=', '用户a_editor')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(5).fill('auth.login_failed'),
      'auth.locked',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login',
    ]);
  });

  it('lets the security administrator unlock', async () => {
    for (let i = 0; i < 5; i++) await login('wrong-password-1').catch(() => undefined);
    await f.caller('security').users.unlock({ id: f.users['a.editor'].id });
    expect((await login(PASSWORD)).token).toBeTruthy();
  });

  it('refuses unknown users like wrong passwords, and disabled users clearly', async () => {
    await expect(login(PASSWORD, 'nobody')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: '用户名或密码错误',
    });
    await f
      .caller('a.admin')
      .users.update({ id: f.users['a.editor'].id, displayName: '停用者', roles: ['editor'], disabled: true });
    await expect(login(PASSWORD)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '账号已停用，请联系单位管理员' });
    // Disabling ends the sessions the user had.
    await expect(f.caller('a.editor').auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('expires sessions after the idle timeout and the absolute timeout', async () => {
    const idle = SESSION.idleMinutes * 60_000;
    const me = () => f.caller('a.editor').auth.me();
    f.setNow(new Date(f.now().getTime() + idle - 1000));
    await expect(me()).resolves.toMatchObject({ username: 'a_editor' });
    // Activity moved last_seen_at forward, so another almost-idle period is fine.
    f.setNow(new Date(f.now().getTime() + idle - 1000));
    await expect(me()).resolves.toMatchObject({ username: 'a_editor' });
    f.setNow(new Date(f.now().getTime() + idle));
    await expect(me()).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' });

    // Absolute: active every 20 minutes, still ends after SESSION.absoluteHours.
    const { token } = await login(PASSWORD);
    const start = f.now().getTime();
    const caller = f.caller(undefined, { 'x-session-token': token });
    for (let t = 20; t < SESSION.absoluteHours * 60; t += 20) {
      f.setNow(new Date(start + t * 60_000));
      await caller.auth.me();
    }
    f.setNow(new Date(start + SESSION.absoluteHours * 3_600_000));
    await expect(caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('changes the password with field errors in Chinese', async () => {
    const me = f.caller('a.editor');
    const fields = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: { cause?: unknown }) => fieldErrorsOf(e.cause),
      );
    expect(await fields(me.auth.changePassword({ currentPassword: 'nope', newPassword: 'Another-pass-1' }))).toEqual({
      currentPassword: '当前密码不正确',
    });
    expect(await fields(me.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'short' }))).toEqual({
      newPassword: expect.stringContaining('密码'),
    });
    await me.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'Another-pass-1' });
    expect((await login('Another-pass-1')).token).toBeTruthy();
  });
});
