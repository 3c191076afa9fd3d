// 定时发布: an approved item scheduled for later stays off the site until the server's clock
// passes its time; then the publishing job puts it online within its period.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { approvedViaUi, expectStatus } from '../helpers/publications.js';
import { gotoUntilVisible } from '../helpers/site.js';
import { mainStack } from '../helpers/stack.js';
import { serverNow, setClock } from '../helpers/test-api.js';
import { uniqueSuffix } from '../helpers/unique.js';

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (UTC+8, no daylight saving), as datetime-local takes it. */
function shanghaiLocal(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

test.afterAll(async () => {
  // Later specs run on real time again.
  await setClock({ now: null });
});

test('定时发布的信息在时间到达前不公开，到达后由定时任务发布', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const title = `棉洋镇定时发布测试通知（${uniqueSuffix()}）`;
  const id = await approvedViaUi(browser, { title, body: '本通知定时发布。', columns: ['政务动态'] });

  // Ten minutes ahead keeps the publisher's session (30 minutes idle) valid across the jump.
  const now = await serverNow();
  const at = new Date(Math.ceil((now.getTime() + 10 * 60_000) / 60_000) * 60_000);

  await test.step('签发人设置定时发布', async () => {
    const publisher = await actor(browser, 'publisher');
    const p = publisher.page;
    await p.goto(`${mainStack.console}/publications/${id}`);
    await p.getByLabel('发布时间（北京时间）').fill(shanghaiLocal(at));
    await p.getByRole('button', { name: '定时发布', exact: true }).click();
    await expect(p.getByRole('status').filter({ hasText: '已设置定时发布' })).toBeVisible();
    await expectStatus(p, '定时发布');
    await publisher.context.close();
  });

  await test.step('时间未到：网站上没有', async () => {
    const res = await page.goto(`/info/${id}`);
    expect(res?.status()).toBe(404);
    await page.goto('/column/zwdt');
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });

  await test.step('服务器时钟越过发布时间后，定时任务发布', async () => {
    await setClock({ now: new Date(at.getTime() + 60_000).toISOString() });
    // The scheduler runs every 15 s (and the test route runs it once): allow two periods.
    await gotoUntilVisible(page, `/info/${id}`, (p) => p.getByRole('heading', { name: title }), 30_000);
    await gotoUntilVisible(page, '/column/zwdt', (p) => p.getByRole('link', { name: title }));
  });
});
