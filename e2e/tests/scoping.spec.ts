// Organizations are walls: 华城镇's editor neither lists nor opens 棉洋镇's drafts.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { createDraft } from '../helpers/publications.js';
import { mainStack } from '../helpers/stack.js';
import { uniqueSuffix } from '../helpers/unique.js';

test('华城镇信息员看不到棉洋镇的草稿，按网址打开得到“页面不存在”', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `棉洋镇内部草稿（${uniqueSuffix()}）`;
  const editor = await actor(browser, 'editor');
  const id = await createDraft(editor.page, { title, body: '仅棉洋镇工作人员可见。' });
  await editor.context.close();

  const { context, page } = await actor(browser, 'hc_editor');
  await expect(page.getByRole('banner')).toContainText('华城镇人民政府');

  await page.goto(`${mainStack.console}/publications`);
  await expect(page.getByRole('main')).not.toContainText(title);
  await page.goto(`${mainStack.console}/publications?q=${encodeURIComponent(title)}`);
  await expect(page.getByText('没有符合条件的信息')).toBeVisible();

  for (const path of [`/publications/${id}`, `/publications/${id}/edit`, `/publications/${id}/review`]) {
    const res = await page.goto(`${mainStack.console}${path}`);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('main')).not.toContainText(title);
  }
  await context.close();
});
