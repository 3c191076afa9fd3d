// Staff console steps shared by the journeys: signing in (each actor in a browser context of its
// own, as different people on different machines would be) and changing a first password.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainStack, type Stack } from './stack.js';

/** Fills the console's login form; the caller checks the outcome. */
export async function submitLogin(
  page: Page,
  username: string,
  password: string,
  stack: Stack = mainStack,
): Promise<void> {
  await page.goto(`${stack.console}/login`);
  // Hydration sets each input's value from the page data: text typed before it would be wiped,
  // which happened on a loaded CI machine. The page's scripts are in once the network is quiet.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Signs in and waits until the console has left the login page. */
export async function loginToConsole(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
  stack: Stack = mainStack,
): Promise<void> {
  await submitLogin(page, username, password, stack);
  await expect(page, `login of ${username} should leave the login page`).not.toHaveURL(/\/login(\?|$)/);
}

export interface Actor {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser context signed in as `username`. */
export async function actor(
  browser: Browser,
  username: string,
  options: { password?: string; stack?: Stack; javaScriptEnabled?: boolean } = {},
): Promise<Actor> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await loginToConsole(page, username, options.password ?? DEMO_PASSWORD, options.stack);
  return { context, page };
}

/** On the forced 修改密码 page after a first login: sets a new password and lands on the dashboard. */
export async function changeFirstPassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel('当前密码', { exact: true }).fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码', { exact: true }).fill(next);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page).not.toHaveURL(/\/account\/password/);
}
