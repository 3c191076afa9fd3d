// The public application form of 依申请公开: wrong input is answered field by field in Chinese and
// nothing is stored; without JavaScript the form goes through by answering the 验证 question.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import {
  answerBotQuestion,
  APPLICANT,
  caseCount,
  DESK,
  expectTracked,
  fact,
  fillApplication,
  openTracking,
  readCodes,
} from '../helpers/requests.js';
import { mainStack } from '../helpers/stack.js';
import { setClock } from '../helpers/test-api.js';
import { uniqueSuffix } from '../helpers/unique.js';

/** 11010519491231002X with a wrong check character. */
const BAD_ID_NUMBER = '110105194912310021';
const DESCRIPTION_LABEL = '所需政府信息的名称、文号或者便于查询的其他特征性描述';

test('网上申请：身份证号码校验位错误等逐项以中文提示，申请不保存', async ({ browser, page }) => {
  const officer = await actor(browser, 'officer');
  const before = await caseCount(officer.page);
  const description = `棉洋镇2024年村级财务收支明细（${uniqueSuffix()}）`;

  await page.goto(DESK);
  await fillApplication(page, {
    person: { ...APPLICANT, idNumber: BAD_ID_NUMBER },
    description,
    deliveryForm: null,
    deliveryChannel: null,
  });
  await page.getByRole('button', { name: '提交申请' }).click();

  // At the top, one link per field, named so that fields with the same label are told apart.
  const summary = page.getByRole('alert').filter({ hasText: '提交未成功' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByRole('link')).toHaveText([
    '自然人证件号码：身份证号码校验位不正确，请核对',
    '获取信息的方式：请选择有效的获取信息的方式',
    '获取途径：请选择有效的获取信息的途径',
  ]);

  // Beside each field, announced with it; what was typed is still there.
  const idNumber = page.getByRole('group', { name: '自然人填写' }).getByLabel('证件号码', { exact: true });
  await expect(idNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(idNumber).toHaveAccessibleDescription(/身份证号码校验位不正确，请核对/);
  await expect(idNumber).toHaveValue(BAD_ID_NUMBER);
  const deliveryForm = page.getByRole('radiogroup', { name: '获取信息的方式' });
  await expect(deliveryForm).toHaveAttribute('aria-invalid', 'true');
  await expect(deliveryForm).toHaveAccessibleDescription(/请选择有效的获取信息的方式/);
  await expect(page.getByLabel(DESCRIPTION_LABEL, { exact: true })).toHaveValue(description);
  await expect(page.getByLabel(DESCRIPTION_LABEL, { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  // Nothing reached the console.
  expect(await caseCount(officer.page)).toBe(before);
  await officer.page.goto(`${mainStack.console}/requests?view=all&q=${encodeURIComponent(description)}`);
  await expect(officer.page.getByText('没有符合条件的申请')).toBeVisible();
  await officer.context.close();
});

test.describe('不启用脚本', () => {
  test.use({ javaScriptEnabled: false });

  test.afterAll(async () => {
    await setClock({ now: null });
  });

  test('回答验证问题提交申请，凭查询号和查询码查询', async ({ page }) => {
    await page.goto(DESK);
    await fillApplication(page, {
      person: APPLICANT,
      description: `棉洋镇2026年秋季征兵工作方案（${uniqueSuffix()}）`,
      deliveryForm: '纸质',
      deliveryChannel: '自行领取',
    });
    await answerBotQuestion(page);
    // A form sent less than 3 s (server time) after it was served is refused as a bot's.
    await setClock({ advanceMs: 5_000 });
    await page.getByRole('button', { name: '提交申请' }).click();
    const codes = await readCodes(page);

    await page.getByRole('link', { name: '查询办理情况' }).click();
    await openTracking(page, codes);
    await expect(fact(page, '申请方式')).toHaveText('网上申请');
    await expectTracked(page, '待确认接收', '—');
  });
});
