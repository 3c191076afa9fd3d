// axe (WCAG 2.0/2.1 A and AA) on the pages of 依申请公开 that need an application first: the page
// showing the new 查询号 and 查询码 (and the same page once it has expired), the applicant's case
// on the tracking page, and the application form answering wrong input. The form and the lookup
// page themselves are in accessibility.spec.ts.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { APPLICANT, DESK, fillApplication, openTracking, submitApplication } from '../helpers/requests.js';
import { uniqueSuffix } from '../helpers/unique.js';

test('无障碍：申请已提交、页面已失效、申请办理情况', async ({ page }) => {
  await page.goto(DESK);
  await fillApplication(page, {
    person: APPLICANT,
    description: `棉洋镇2026年老旧小区改造项目清单（${uniqueSuffix()}）`,
    deliveryForm: '电子邮件',
    deliveryChannel: '电子邮件',
  });
  const codes = await submitApplication(page);
  await expectNoAxeViolations(page, '申请已提交');

  await page.goto(`${DESK}/done`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面已失效');
  await expectNoAxeViolations(page, '申请已提交（页面已失效）');

  await openTracking(page, codes);
  await expectNoAxeViolations(page, '申请办理情况');
});

test('无障碍：申请表提交未成功', async ({ page }) => {
  await page.goto(DESK);
  await fillApplication(page, {
    person: { ...APPLICANT, idNumber: '110105194912310021' },
    description: '',
    deliveryForm: null,
    deliveryChannel: null,
  });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '提交未成功' })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, '依申请公开申请表（提交未成功）');
});
