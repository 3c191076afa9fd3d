// 不能审核自己的信息: a small town's official may hold both 信息员 and 审核员, but never approves
// what they wrote. The console offers no approval, and the API refuses one forced through.
import { expect, test } from '@playwright/test';
import { changeFirstPassword, submitLogin } from '../helpers/console.js';
import { createDraft, expectStatus, submitForReview } from '../helpers/publications.js';
import { mainStack } from '../helpers/stack.js';
import { createUserAsAdmin } from '../helpers/users.js';
import { uniqueSuffix } from '../helpers/unique.js';

test('兼任信息员和审核员的用户不能审核自己提交的信息', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const user = await createUserAsAdmin(browser, ['信息员', '审核员'], { displayName: '周兼任' });
  await submitLogin(page, user.username, user.password);
  await changeFirstPassword(page, user.password, `Changed${Date.now() % 100000}pw`);

  const id = await createDraft(page, {
    title: `兼任人员自审测试（${uniqueSuffix()}）`,
    body: '本信息用于检验作者不能审核自己的信息。',
  });
  await submitForReview(page, id);

  await test.step('控制台不提供审核，并说明原因', async () => {
    await expect(page.getByRole('link', { name: '审核', exact: true })).toHaveCount(0);
    await page.goto(`${mainStack.console}/publications/${id}/review`);
    await expect(page.getByRole('button', { name: '审核通过' })).toHaveCount(0);
    await expect(
      page
        .getByRole('complementary', { name: '审核操作' })
        .getByRole('status')
        .filter({ hasText: '不能审核自己提交的信息' }),
    ).toBeVisible();
  });

  await test.step('强行提交审核通过，API 拒绝并说明原因', async () => {
    // What the page's form would post if it were there (SvelteKit's enhanced action request).
    const res = await page.request.post(`${mainStack.console}/publications/${id}/review?/approve`, {
      form: { justification: '' },
      headers: { origin: mainStack.console, accept: 'application/json', 'x-sveltekit-action': 'true' },
    });
    const body = (await res.json()) as { type: string; status?: number; data?: string };
    expect(body.type, JSON.stringify(body)).toBe('failure');
    expect(body.status).toBe(403);
    expect(body.data).toContain('不能审核自己提交的信息');

    await page.goto(`${mainStack.console}/publications/${id}`);
    await expectStatus(page, '待审核');
  });
});
