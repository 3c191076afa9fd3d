// 热线记录: the 互动回复员 logs a call with the caller's number; the list shows the number with its
// middle four digits hidden, and the full number is nowhere on the page.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { marker, MIANYANG_OFFICER, pressAndConfirm } from '../helpers/participation.js';
import { mainStack } from '../helpers/stack.js';

test('热线记录：登记来电，来电号码隐去中间四位', async ({ browser }) => {
  const topic = `咨询农贸市场开放时间（${marker()}）`;
  const staff = await actor(browser, MIANYANG_OFFICER);
  const p = staff.page;
  await p.goto(`${mainStack.console}/hotline`);
  const form = p.getByRole('region', { name: '登记来电' });
  await form.getByLabel('来电号码', { exact: true }).fill('13812345678');
  await form.getByLabel('来电事项', { exact: true }).fill(topic);
  await form.getByLabel('答复情况', { exact: true }).fill('告知每日6时至20时开放。');
  await pressAndConfirm(p, '登记来电', '来电已登记');

  await p.goto(`${mainStack.console}/hotline?q=${encodeURIComponent(topic)}`);
  const row = p.getByRole('row').filter({ hasText: topic });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: '138****5678', exact: true })).toBeVisible();
  await expect(p.getByText('13812345678')).toHaveCount(0);
  await staff.context.close();
});
