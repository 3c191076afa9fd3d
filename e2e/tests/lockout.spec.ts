// Five wrong passwords lock an account for 15 minutes; the right password is refused meanwhile.
// A user made for this spec is locked, so the demo accounts stay usable for the other specs.
import { expect, test } from '@playwright/test';
import { actor, submitLogin } from '../helpers/console.js';
import { mainStack } from '../helpers/stack.js';
import { createUserAsAdmin } from '../helpers/users.js';

const LOCKED = /账号已锁定，请于 \d{2}:\d{2} 后重试或联系安全管理员/;

test('连续五次密码错误后账号锁定，正确密码也被拒绝', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const user = await createUserAsAdmin(browser, ['信息员'], { displayName: '锁定测试' });

  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitLogin(page, user.username, `Wrong${attempt}password`);
    await expect(page.getByRole('alert'), `attempt ${attempt}`).toHaveText('用户名或密码错误');
  }
  await submitLogin(page, user.username, 'Wrong5password');
  await expect(page.getByRole('alert')).toHaveText(LOCKED);

  await submitLogin(page, user.username, user.password);
  await expect(page.getByRole('alert')).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login/);

  // The organization admin sees the lock (and could lift it).
  const admin = await actor(browser, 'admin');
  await admin.page.goto(`${mainStack.console}/users`);
  await expect(admin.page.getByRole('row').filter({ hasText: user.username })).toContainText('已锁定');
  await admin.context.close();
});
