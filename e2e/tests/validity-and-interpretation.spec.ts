// 有效性 and 政策解读 on the public site: a publisher repeals a document and its page says so;
// an interpretation and the document it explains link to each other.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { publishedViaUi } from '../helpers/publications.js';
import { gotoUntilVisible } from '../helpers/site.js';
import { mainStack } from '../helpers/stack.js';
import { serverNow } from '../helpers/test-api.js';
import { uniqueSuffix } from '../helpers/unique.js';

test('签发人将已发布文件标为已废止，公开页面显示废止提示', async ({ browser, page }) => {
  test.setTimeout(150_000);
  const title = `棉洋镇村道养护管理暂行办法（${uniqueSuffix()}）`;
  const note = '本办法被新的村道养护管理办法替代。';
  const id = await publishedViaUi(browser, {
    title,
    body: '为规范村道养护，制定本办法。',
    genre: '办法',
    category: '规章制度类信息',
  });
  const today = new Date((await serverNow()).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

  const publisher = await actor(browser, 'publisher');
  const p = publisher.page;
  await p.goto(`${mainStack.console}/publications/${id}`);
  await p.getByLabel('有效性', { exact: true }).selectOption('已废止');
  await p.getByLabel('生效日期', { exact: true }).fill(today);
  await p.getByLabel('说明', { exact: true }).fill(note);
  await p.getByRole('button', { name: '变更有效性', exact: true }).click();
  await expect(p.getByRole('status').filter({ hasText: '有效性已变更' })).toBeVisible();
  await expect(p.getByRole('region', { name: '有效性变更记录' })).toContainText(note);
  await publisher.context.close();

  await gotoUntilVisible(page, `/info/${id}`, (pg) => pg.getByText('本文件已废止'));
  await expect(page.getByRole('main')).toContainText(new RegExp(`${today}\\s*起已废止：${note}`));
  const meta = page.getByRole('table', { name: '文件信息' });
  await expect(meta.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '有效性' }) })).toContainText(
    '已废止',
  );
});

test('政策解读与被解读文件互相链接', async ({ page }) => {
  await page.goto('/column/zcjd');
  const interpretation = page.getByRole('main').locator('a[href^="/info/"]').first();
  const interpretationTitle = (await interpretation.textContent())!.trim();
  await interpretation.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(interpretationTitle);

  const interpreted = page
    .getByRole('main')
    .getByText(/^解读的文件：/)
    .getByRole('link');
  const documentTitle = (await interpreted.textContent())!.trim();
  await interpreted.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(documentTitle);

  const back = page.getByRole('region', { name: '政策解读' });
  await expect(back.getByRole('link', { name: interpretationTitle })).toBeVisible();
});
