// 互动交流 between organizations: 棉洋镇's 互动回复员 transfers a message to 华城镇. It leaves
// 棉洋镇's inbox (the record is no longer theirs to open), reaches 华城镇's, and the writer's
// tracking page names the new organization and the transfer.
import { expect, test } from '@playwright/test';
import {
  HUACHENG,
  HUACHENG_OFFICER,
  marker,
  MIANYANG,
  MIANYANG_OFFICER,
  openMessage,
  searchInbox,
  trackMessage,
  writeMessage,
} from '../helpers/participation.js';
import { fact } from '../helpers/requests.js';
import { mainStack } from '../helpers/stack.js';

test('转办：棉洋镇转交华城镇办理，留言人查询可见转办情况', async ({ browser, page }) => {
  const m = marker();
  const codes = await writeMessage(page, {
    org: 'mianyang',
    type: '建言',
    subject: `建议在华城镇客运站增设公交站牌（${m}）`,
    content: '华城镇客运站门口没有公交站牌，建议增设。',
    contact: '13900139000',
  });

  await test.step('棉洋镇互动回复员转办华城镇', async () => {
    const staff = await openMessage(browser, MIANYANG_OFFICER, codes.trackingNo);
    const p = staff.page;
    const form = p.locator('form').filter({ has: p.getByRole('heading', { level: 3, name: '转办', exact: true }) });
    await form.getByLabel('转办单位', { exact: true }).selectOption({ label: HUACHENG });
    await form.getByLabel('转办说明', { exact: true }).fill('客运站站牌设置属华城镇职责。');
    await form.getByRole('button', { name: '转办', exact: true }).click();
    await expect(p).toHaveURL(/\/messages\?transferred=1$/);
    await expect(p.getByRole('status').filter({ hasText: '留言已转办至其他单位' })).toBeVisible();

    await searchInbox(p, codes.trackingNo);
    await expect(p.getByText('没有符合条件的留言')).toBeVisible();
    const res = await p.goto(`${mainStack.console}/messages/${staff.id}`);
    expect(res?.status(), '棉洋镇 can no longer open the message').toBe(404);
    await staff.context.close();
  });

  await test.step('华城镇互动回复员收到转办的留言', async () => {
    const staff = await openMessage(browser, HUACHENG_OFFICER, codes.trackingNo);
    await expect(staff.page.getByRole('heading', { level: 1 })).toContainText('待分办');
    await staff.context.close();
  });

  await test.step('留言人查询：受理单位为华城镇，显示转办情况', async () => {
    await trackMessage(page, codes);
    await expect(fact(page, '受理单位')).toHaveText(HUACHENG);
    await expect(page.getByText(`由${MIANYANG}转交${HUACHENG}办理`)).toBeVisible();
  });
});
