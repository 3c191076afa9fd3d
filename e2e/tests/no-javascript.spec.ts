// Everything works with JavaScript off: the portal (browse, search, 适老化 mode) and the
// console's forms (sign in, save a draft, submit it), as plain HTML forms and links.
import { expect, test } from '@playwright/test';
import { loginToConsole } from '../helpers/console.js';
import { createDraft, expectStatus, fillEditor, submitForReview } from '../helpers/publications.js';
import { uniqueSuffix } from '../helpers/unique.js';

test.use({ javaScriptEnabled: false });

test('门户：首页 → 政府信息公开 → 目录分类 → 正文', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '政府信息公开', exact: true }).click();
  await expect(page).toHaveURL(/\/gk$/);
  await page.getByRole('main').getByRole('link', { name: '棉洋镇人民政府', exact: true }).click();
  await expect(page).toHaveURL(/\/gk\/mianyang$/);
  await page
    .getByRole('main')
    .getByRole('link', { name: /^公共告示类信息/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公共告示类信息');
  await page.getByRole('main').getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/info\/\d+$/);
  await expect(page.getByRole('table', { name: '文件信息' })).toContainText('索引号');
});

test('门户：站内搜索', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('main').getByRole('search');
  await search.getByLabel('搜索关键词').fill('垃圾');
  await search.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('main').locator('a[href^="/info/"]').first()).toBeVisible();
});

test('门户：适老化模式切换', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/gk-standard/);
  await page.getByRole('link', { name: '适老化模式（大字体）' }).click();
  await expect(page.locator('html')).toHaveClass(/gk-care/);
  await expect(page).toHaveURL(/\/$/);
  // The choice is kept while browsing.
  await page.goto('/gk');
  await expect(page.locator('html')).toHaveClass(/gk-care/);
  await page.getByRole('link', { name: '标准模式' }).click();
  await expect(page.locator('html')).toHaveClass(/gk-standard/);
});

test('控制台：登录、保存草稿、修改后再保存、提交审核', async ({ page }) => {
  await loginToConsole(page, 'editor');
  const id = await createDraft(page, {
    title: `无脚本草稿（${uniqueSuffix()}）`,
    body: '<p>不启用脚本时填写的正文。</p>',
  });
  await fillEditor(page, { summary: '不启用脚本也能保存。' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.getByLabel('内容概述', { exact: true })).toHaveValue('不启用脚本也能保存。');
  await submitForReview(page, id);
  await expectStatus(page, '待审核');
});
