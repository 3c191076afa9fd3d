// Accounts made for one spec through the console's 用户管理 page, so a spec that locks or
// constrains an account never disturbs the demo accounts other specs sign in with.
import { expect, type Browser } from '@playwright/test';
import { actor } from './console.js';
import { mainStack, type Stack } from './stack.js';
import { uniqueSuffix } from './unique.js';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
}

/**
 * Signs in as the organization admin of 棉洋镇 (`admin`) and creates a user with the given role
 * labels (e.g. 信息员, 审核员). The user must change the password at the first sign-in.
 */
export async function createUserAsAdmin(
  browser: Browser,
  roleLabels: string[],
  options: { displayName?: string; stack?: Stack } = {},
): Promise<NewUser> {
  const user: NewUser = {
    username: `e2e_${uniqueSuffix()}`,
    displayName: options.displayName ?? '测试用户',
    password: `Initial${Date.now() % 100000}pw`,
  };
  const admin = await actor(browser, 'admin', { stack: options.stack });
  const { page } = admin;
  await page.goto(`${(options.stack ?? mainStack).console}/users`);
  const form = page.getByRole('region', { name: '新建用户' });
  await form.getByLabel('用户名', { exact: true }).fill(user.username);
  await form.getByLabel('姓名', { exact: true }).fill(user.displayName);
  await form.getByLabel('初始密码', { exact: true }).fill(user.password);
  for (const label of roleLabels) await form.getByLabel(label, { exact: true }).check();
  await form.getByRole('button', { name: '创建用户' }).click();
  await expect(form.getByRole('status')).toContainText(`已创建用户“${user.displayName}”`);
  await admin.context.close();
  return user;
}
